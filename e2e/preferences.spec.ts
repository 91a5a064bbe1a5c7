import { expect, test } from "@playwright/test";
import { longArticle, screenshot } from "./support";

test.describe("reader preferences", () => {
  test("dark mode follows the system and can be toggled, and the toggle is remembered", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`/en/articles/${longArticle.slug}`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await screenshot(page, "article-en-dark");
    await page.getByRole("button", { name: "Switch to light mode" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await expect(page.getByRole("button", { name: "Switch to dark mode" })).toBeVisible();
  });

  test("a corrupt saved view is reset with a notice, and the page still reads", async ({
    page,
  }) => {
    await page.goto("/en");
    await page.evaluate(() => localStorage.setItem("reader.view", '{"broken":'));
    await page.goto(`/en/articles/${longArticle.slug}`);
    await expect(page.getByRole("status")).toContainText("reset to Bilingual");
    await expect(page.getByRole("radio", { name: "Bilingual" })).toBeChecked();
    await expect(page.locator('#p1 [lang="zh-Hans"]')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem("reader.view"))).toBeNull();
    await page.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByRole("status")).toHaveCount(0);
  });

  test("the print stylesheet prints the article without the site's controls", async ({ page }) => {
    await page.goto(`/en/articles/${longArticle.slug}?view=parallel`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("group", { name: "Reading view" })).toBeHidden();
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.locator('#p1 [lang="en"]')).toBeVisible();
    await expect(page.locator('#p1 [lang="zh-Hans"]')).toBeVisible();
  });
});
