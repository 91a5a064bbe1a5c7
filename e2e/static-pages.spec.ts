import { expect, test } from "@playwright/test";
import { longArticle } from "./support";

const slug = longArticle.slug;

test.describe("static reading pages", () => {
  test("a reading page asks for no framework script, only its islands", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    // The share island loads when the browser is idle; the theme switch is part of the boot script.
    await page.goto(`/zh-hant/articles/${slug}`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: /切換到/ }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", /dark|light/);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => !path.startsWith("/islands/"))).toEqual([]);
  });

  test("a paragraph's share button pressed before the share script arrived shares that paragraph", async ({
    page,
  }) => {
    // Hold the share island's script back until the button has been pressed.
    let release!: () => void;
    const pressed = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/islands\/share-[^/]+\.js$/, async (route) => {
      await pressed;
      await route.continue();
    });
    await page.goto(`/en/articles/${slug}`);
    await page.getByRole("button", { name: "Share paragraph 3" }).click();
    await expect(page.getByRole("dialog", { name: "Share" })).toBeVisible();
    release();
    const menu = page.getByRole("dialog", { name: "Share" });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("link", { name: "X", exact: true })).toHaveAttribute(
      "href",
      new RegExp(`${slug}%2Fp%2F3`),
    );
    await expect(menu.getByRole("link", { name: "Save card image" })).toHaveAttribute(
      "href",
      new RegExp(`/cards/en/${slug}/p/3\\.png\\?v=`),
    );
  });
});

test.describe("with script turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("an article still reads, links to its other languages and opens its share menu", async ({
    page,
  }) => {
    await page.goto(`/en/articles/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(longArticle.title.en);
    await expect(page.locator('#p1 [lang="en"]')).toBeVisible();
    await expect(page.locator('#p1 [lang="zh-Hans"]')).toBeVisible();
    await expect(page.getByRole("link", { name: "繁體中文" })).toHaveAttribute(
      "href",
      `/zh-hant/articles/${slug}`,
    );
    // The Popover API opens the menu without script, with the page's own link.
    await page.getByRole("button", { name: "Share this article" }).click();
    const menu = page.getByRole("dialog", { name: "Share" });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("link", { name: "Weibo" })).toHaveAttribute(
      "href",
      new RegExp(`url=[^&]*%2Fen%2Farticles%2F${slug}&`),
    );
  });
});
