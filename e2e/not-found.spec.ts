import { expect, test } from "@playwright/test";
import { longArticle } from "./support";

const cases = [
  // The test browser asks for en-US: an unknown locale answers in English.
  { path: "/fr/articles/anything", heading: "Page not found", lang: "en" },
  // A dot under a locale prefix is still a page path, not a file: the same localized 404.
  { path: "/en/foo.bar", heading: "Page not found", lang: "en" },
  { path: "/zh-hant/articles/x.html", heading: "找不到頁面", lang: "zh-Hant" },
  { path: "/en/articles/no-such-article", heading: "Page not found" },
  { path: "/zh-hans/articles/no-such-article", heading: "找不到页面" },
  { path: "/zh-hant/no/such/path", heading: "找不到頁面" },
  { path: `/en/articles/${longArticle.slug}/p/0`, heading: "Page not found" },
  {
    path: `/en/articles/${longArticle.slug}/p/${longArticle.pairs.length + 1}`,
    heading: "Page not found",
  },
  { path: `/zh-hans/articles/${longArticle.slug}/p/abc`, heading: "找不到页面" },
  { path: "/en/sections/weather", heading: "Page not found" },
];

test.describe("unknown addresses", () => {
  for (const { path, heading, lang } of cases) {
    test(`${path} answers 404 with a localized page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(
        page.getByRole("heading", { level: 1, name: heading, exact: true }),
      ).toBeVisible();
      if (lang) await expect(page.locator("html")).toHaveAttribute("lang", lang);
    });
  }

  test("an unknown locale shows the 404 in the reader's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "zh-TW" });
    const page = await context.newPage();
    const response = await page.goto("/de/articles/x");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "找不到頁面" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    await context.close();
  });

  test("a paragraph page exists for each pair and links back to it", async ({ page }) => {
    const response = await page.goto(`/en/articles/${longArticle.slug}/p/2`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("#p2 [lang='en']")).toBeVisible();
    await page.getByRole("link", { name: "Read the whole article" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${longArticle.slug}#p2$`));
    await expect(page.locator("#p2")).toBeInViewport();
  });
});
