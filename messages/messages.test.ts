import { describe, expect, it } from "vitest";
import en from "./en.json";
import zhHans from "./zh-Hans.json";
import zhHant from "./zh-Hant.json";

/** Every key path of a message tree, e.g. `ArticlePage.by`. */
function keyPaths(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keyPaths(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** The ICU arguments and rich-text tags a message uses: `{n}`, `<link>`. */
function placeholders(message: string): string[] {
  const args = [...message.matchAll(/\{(\w+)/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

function valueAt(tree: object, path: string): string {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
}

describe("messages", () => {
  const reference = keyPaths(en).sort();

  it.each([
    ["zh-Hans", zhHans],
    ["zh-Hant", zhHant],
  ])("%s has exactly the keys of en", (_, messages) => {
    expect(keyPaths(messages).sort()).toEqual(reference);
  });

  it.each([
    ["zh-Hans", zhHans],
    ["zh-Hant", zhHant],
  ])("%s uses the same placeholders as en in every message", (_, messages) => {
    for (const path of reference) {
      expect(placeholders(valueAt(messages, path)), path).toEqual(placeholders(valueAt(en, path)));
    }
  });
});

describe("error page messages", () => {
  it("have the same keys in every locale", async () => {
    const [errorEn, errorHans, errorHant] = await Promise.all(
      ["en", "zh-Hans", "zh-Hant"].map(
        async (locale) => (await import(`./error-page/${locale}.json`)).default,
      ),
    );
    expect(Object.keys(errorHans).sort()).toEqual(Object.keys(errorEn).sort());
    expect(Object.keys(errorHant).sort()).toEqual(Object.keys(errorEn).sort());
  });
});
