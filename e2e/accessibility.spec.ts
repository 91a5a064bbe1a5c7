import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LOCALES, longArticle } from "./support";

// axe walks every node of a long bilingual article; on a busy two-core machine one run alone has taken
// over 30 s, Playwright's default limit for a whole test.
test.describe.configure({ timeout: 90_000 });

for (const { prefix, lang } of LOCALES) {
  for (const [name, path] of [
    ["home", prefix],
    ["article", `${prefix}/articles/${longArticle.slug}`],
    ["parallel article", `${prefix}/articles/${longArticle.slug}?view=parallel`],
  ] as const) {
    test(`${name} in ${lang} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
        [],
      );
    });
  }
}

test("the article has no axe violations in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/en/articles/${longArticle.slug}`);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
