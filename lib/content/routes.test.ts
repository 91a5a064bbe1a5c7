import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "@/lib/site";
import { getArticles } from "./load";
import { matchPage, PAGE_PATTERNS } from "./routes";
import { SECTIONS } from "./types";

const [article] = getArticles();
if (!article) throw new Error("the sample content has no article");
const slug = article.slug;
const last = article.pairs.length;

describe("matchPage", () => {
  it("names the page every path builder in lib/site.ts makes", () => {
    expect(matchPage(paths.home())).toEqual({ kind: "home" });
    expect(matchPage(paths.about())).toEqual({ kind: "about" });
    expect(matchPage(paths.vocabulary())).toEqual({ kind: "vocabulary" });
    for (const section of SECTIONS) {
      expect(matchPage(paths.section(section))).toEqual({ kind: "section", section });
    }
    expect(matchPage(paths.article(slug))).toEqual({ kind: "article", article });
    expect(matchPage(paths.pair(slug, 1))).toEqual({ kind: "pair", article, n: 1 });
    expect(matchPage(paths.pair(slug, last))).toEqual({ kind: "pair", article, n: last });
  });

  it.each([
    ["an unknown page", "/contact"],
    ["the 404 page itself", "/missing"],
    ["an unknown section", "/sections/weather"],
    ["an unknown slug", paths.article("no-such-article")],
    ["pair 0", paths.pair(slug, 0)],
    ["a pair past the last", paths.pair(slug, last + 1)],
    ["a pair number with a leading zero", paths.pair(slug, "01")],
    ["a pair number that is not a number", paths.pair(slug, "1e1")],
    ["a pair number of seven digits", paths.pair(slug, "1000000")],
    ["a path longer than any page", `${paths.pair(slug, 1)}/more`],
    ["a dotted last segment", `${paths.about()}.html`],
  ])("names no page for %s (%s)", (_, pathWithinLocale) => {
    expect(matchPage(pathWithinLocale)).toBeUndefined();
  });
});

describe("the page map and app/[locale]", () => {
  it("has one entry for every page folder, and a folder for every entry", () => {
    const root = path.join(process.cwd(), "app", "[locale]");
    const folders = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => path.basename(file) === "page.tsx")
      .map((file) => `/${path.dirname(file).split(path.sep).join("/")}`.replace(/\/\.$/, "/"))
      // The 404 page (reached by proxy.ts's rewrite) and the catch-all that renders it.
      .filter((folder) => folder !== "/missing" && folder !== "/[...rest]")
      .sort();
    expect(folders).toEqual([...PAGE_PATTERNS].sort());
  });
});
