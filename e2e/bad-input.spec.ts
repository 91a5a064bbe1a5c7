import { expect, test } from "@playwright/test";
import { longArticle } from "./support";

const slug = longArticle.slug;

/** Addresses nobody should build, and a reader might still type, paste or be sent. */
const BAD = [
  "/fr",
  "/xx-yy/articles/x",
  "/en/articles/UPPER-CASE",
  "/en/articles/../../etc/passwd",
  "/en/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/en/articles/..%2F..%2Fpackage.json",
  "/%2e%2e/%2e%2e/package.json",
  "/en/%00",
  "/en/articles/%E0%A4%A",
  `/en/articles/${slug}/p/0`,
  `/en/articles/${slug}/p/-1`,
  `/en/articles/${slug}/p/1.5`,
  `/en/articles/${slug}/p/99999999999999999999999`,
  `/en/articles/${slug}/p/1e3`,
  `/en/articles/${slug}/p/abc`,
  `/en/articles/${slug}/p/01`,
  `/en/articles/${slug}/extra/segments/here`,
  `/en/${"a".repeat(4000)}`,
  `/en/articles/${"x".repeat(7000)}`,
  "/cards/en/../../package.json",
  `/cards/en/${slug}/p/0.png`,
  "/cards/xx/whatever.png",
  "/qr/en/nope.svg",
  "/feeds/fr.xml",
];

const JUNK_QUERIES = [
  "?view=<script>alert(1)</script>",
  "?view=parallel&view=en&view[]=x",
  "?%E0%A4%A=1",
  `?q=${"%F0%9F%98%80".repeat(500)}`,
  "?__proto__[x]=1&constructor[prototype][y]=2",
];

test("bad addresses answer 404 or 400, never 500, and the server keeps serving", async ({
  request,
}) => {
  for (const path of BAD) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([400, 404, 414, 431], `${path.slice(0, 80)} → ${response.status()}`).toContain(
      response.status(),
    );
  }
  for (const query of JUNK_QUERIES) {
    const response = await request.get(`/en/articles/${slug}${query}`);
    expect(response.status(), query.slice(0, 60)).toBe(200);
  }
  const after = await request.get(`/en/articles/${slug}`);
  expect(after.status()).toBe(200);
});

test("a bad paragraph number shows the localized 404 page, not an error", async ({ page }) => {
  const response = await page.goto(`/zh-hans/articles/${slug}/p/-1`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "找不到页面" })).toBeVisible();
  await expect(page.getByRole("link", { name: "返回首页" })).toBeVisible();
});

// The page reads ?view= in the browser (the boot script), so that is where a script in it could run.
test("script in ?view= is never run nor written into the page", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const view of [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    'en"><svg onload=alert(3)>',
  ]) {
    await page.goto(`/en/articles/${slug}?view=${encodeURIComponent(view)}`);
    await expect(page.getByRole("radio", { name: "Bilingual" })).toBeChecked();
    await expect(page.locator("html")).toHaveAttribute("data-view", "bilingual");
    await expect(page.locator("img[src='x'], svg[onload]")).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});

test("a junk ?view= falls back to the bilingual view", async ({ page }) => {
  await page.goto(`/en/articles/${slug}?view=%3Cscript%3E`);
  await expect(page.getByRole("radio", { name: "Bilingual" })).toBeChecked();
  await expect(page.locator('#p1 [lang="en"]')).toBeVisible();
  await expect(page.locator('#p1 [lang="zh-Hans"]')).toBeVisible();
});
