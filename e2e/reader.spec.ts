import { toTraditional } from "@/lib/chinese/convert";
import { plainText } from "@/lib/content/markdown";
import { expect, test } from "@playwright/test";
import { LOCALES, VIEWS, articles, longArticle, screenshot } from "./support";

const slug = longArticle.slug;

test.describe("reading views", () => {
  for (const { prefix, lang, zhLang, messages } of LOCALES) {
    for (const view of VIEWS) {
      test(`${view} view in ${lang} shows the right languages`, async ({ page }) => {
        await page.goto(`${prefix}/articles/${slug}?view=${view}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        const pair = page.locator("#p1");
        const english = pair.locator('[lang="en"]');
        const chinese = pair.locator(`[lang="${zhLang}"]`);
        if (view === "zh") await expect(english).toBeHidden();
        else await expect(english).toBeVisible();
        if (view === "en") await expect(chinese).toBeHidden();
        else await expect(chinese).toBeVisible();
        await expect(
          page.getByRole("radio", { name: messages.ReadingViewSwitch[view] }),
        ).toBeChecked();
        await screenshot(page, `article-${lang}-${view}`);
      });
    }
  }

  test("every pair carries id p{n}, one English and one Chinese element", async ({ page }) => {
    await page.goto(`/en/articles/${slug}`);
    const pairIds = await page
      .locator("[id]")
      .evaluateAll((elements) =>
        elements.map((element) => element.id).filter((id) => /^p\d+$/.test(id)),
      );
    expect(pairIds).toEqual(longArticle.pairs.map((pair) => `p${pair.n}`));
    for (let n = 1; n <= longArticle.pairs.length; n++) {
      const pair = page.locator(`#p${n}`);
      await expect(pair.locator('[lang="en"]')).toHaveCount(1);
      await expect(pair.locator('[lang="zh-Hans"]')).toHaveCount(1);
    }
  });

  test("in the parallel view at 1280 px each pair's two languages start on the same line", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/en/articles/${slug}?view=parallel`);
    for (let n = 1; n <= longArticle.pairs.length; n++) {
      const english = await page.locator(`#p${n} [lang="en"]`).boundingBox();
      const chinese = await page.locator(`#p${n} [lang="zh-Hans"]`).boundingBox();
      expect(english && chinese, `pair ${n} is laid out`).toBeTruthy();
      expect(Math.abs(english!.y - chinese!.y), `pair ${n} tops`).toBeLessThanOrEqual(2);
      expect(chinese!.x, `pair ${n}: Chinese is in the right-hand column`).toBeGreaterThan(
        english!.x + english!.width,
      );
    }
  });

  test("@mobile the parallel view stacks each pair on a phone", async ({ page }) => {
    await page.goto(`/en/articles/${slug}?view=parallel`);
    const english = await page.locator('#p1 [lang="en"]').boundingBox();
    const chinese = await page.locator('#p1 [lang="zh-Hans"]').boundingBox();
    expect(chinese!.y).toBeGreaterThanOrEqual(english!.y + english!.height);
    await screenshot(page, "mobile-article-parallel");
  });

  test("switching the view is instant, updates ?view= and is remembered for the next article", async ({
    page,
  }) => {
    await page.goto(`/en/articles/${slug}`);
    await expect(page.getByRole("radio", { name: "Bilingual" })).toBeChecked();
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    const views = page.getByRole("group", { name: "Reading view" });
    await views.getByText("English", { exact: true }).click();
    await expect(page).toHaveURL(/\?view=en$/);
    await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
    await expect(page.locator('#p1 [lang="zh-Hans"]')).toBeHidden();
    await views.getByText("Side by side", { exact: true }).click();
    await expect(page).toHaveURL(/\?view=parallel$/);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );

    const other = articles.find((article) => article.slug !== slug)!;
    await page.goto(`/en/articles/${other.slug}`);
    await expect(page.getByRole("radio", { name: "Side by side" })).toBeChecked();
    const english = await page.locator('#p1 [lang="en"]').boundingBox();
    const chinese = await page.locator('#p1 [lang="zh-Hans"]').boundingBox();
    expect(Math.abs(english!.y - chinese!.y)).toBeLessThanOrEqual(2);
  });

  test("the view from the address applies before any script of the app runs (no flash)", async ({
    page,
  }) => {
    // Block the framework's JavaScript: only the inline boot script in <head> can apply the view.
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.goto(`/en/articles/${slug}?view=zh`);
    await expect(page.locator('#p1 [lang="zh-Hans"]')).toBeVisible();
    await expect(page.locator('#p1 [lang="en"]')).toBeHidden();
  });

  test("a link to #p{n} scrolls to that pair and marks it until the reader moves on", async ({
    page,
  }) => {
    const n = Math.min(6, longArticle.pairs.length);
    await page.goto(`/en/articles/${slug}#p${n}`);
    const pair = page.locator(`#p${n}`);
    await expect(pair).toBeInViewport();
    await expect(pair).toHaveAttribute("data-marked", "");
    await screenshot(page, "article-en-marked-pair");
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(pair).not.toBeInViewport();
    await expect(pair).not.toHaveAttribute("data-marked");
  });

  test("Traditional Chinese interface shows Traditional characters", async ({ page }) => {
    await page.goto(`/zh-hant/articles/${slug}`);
    const title = page.getByRole("heading", { level: 1 });
    // Converted as OpenCC does with Taiwan phrasing; the stored title is Simplified.
    expect(toTraditional(longArticle.title.zh)).not.toBe(longArticle.title.zh);
    await expect(title.locator('[lang="zh-Hant"]')).toHaveText(toTraditional(longArticle.title.zh));
    await expect(page.locator('#p1 [lang="zh-Hant"]')).toHaveText(
      toTraditional(plainText(longArticle.pairs[0]!.zh)),
    );
  });
});
