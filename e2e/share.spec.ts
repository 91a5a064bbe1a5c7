import { expect, test } from "@playwright/test";
import { longArticle, screenshot } from "./support";

const slug = longArticle.slug;

test.describe("share menu", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the article's menu copies its link, offers every network and saves the card", async ({
    page,
  }) => {
    await page.goto(`/en/articles/${slug}`);
    await page.getByRole("button", { name: "Share this article" }).click();
    const menu = page.getByRole("dialog", { name: "Share" });
    await expect(menu).toBeVisible();
    for (const name of ["Copy link", "WeChat"])
      await expect(menu.getByRole("button", { name })).toBeVisible();
    for (const name of [
      "X",
      "Facebook",
      "LinkedIn",
      "Weibo",
      "Telegram",
      "WhatsApp",
      "Save card image",
    ]) {
      await expect(menu.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(menu.getByRole("link", { name: "Weibo" })).toHaveAttribute(
      "href",
      /service\.weibo\.com.*pic=/,
    );
    await screenshot(page, "share-menu-en");

    await menu.getByRole("button", { name: "Copy link" }).click();
    await expect(menu.getByRole("status")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/en/articles/${slug}$`),
    );

    const save = menu.getByRole("link", { name: "Save card image" });
    await expect(save).toHaveAttribute("download", `${slug}.png`);
    const [download] = await Promise.all([page.waitForEvent("download"), save.click()]);
    expect(download.suggestedFilename()).toBe(`${slug}.png`);

    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
  });

  test("where the browser has a system share sheet, the menu offers it with the page's link", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
      navigator.share = async (data?: ShareData) => void calls.push(data ?? {});
    });
    await page.goto(`/en/articles/${slug}`);
    await page.getByRole("button", { name: "Share this article" }).click();
    await page
      .getByRole("dialog", { name: "Share" })
      .getByRole("button", { name: "Share via…" })
      .click();
    const calls = await page.evaluate(
      () => (window as unknown as { shareCalls: ShareData[] }).shareCalls,
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toMatch(new RegExp(`/en/articles/${slug}$`));
    expect(calls[0]?.title).toContain(longArticle.title.en);
  });

  test("without a system share sheet the menu does not offer one", async ({ page }) => {
    await page.addInitScript(() => {
      // @ts-expect-error: removing the API the way browsers without it look
      delete Navigator.prototype.share;
    });
    await page.goto(`/en/articles/${slug}`);
    await page.getByRole("button", { name: "Share this article" }).click();
    const menu = page.getByRole("dialog", { name: "Share" });
    await expect(menu.getByRole("button", { name: "Copy link" })).toBeVisible();
    await expect(menu.getByRole("button", { name: "Share via…" })).toHaveCount(0);
  });

  test("WeChat opens a QR code of the page with a line on how to scan it", async ({ page }) => {
    await page.goto(`/zh-hans/articles/${slug}`);
    await page.getByRole("button", { name: "分享这篇文章" }).click();
    await page.getByRole("dialog", { name: "分享" }).getByRole("button", { name: "微信" }).click();
    const dialog = page.getByRole("dialog", { name: "分享到微信" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText("扫一扫")).toBeVisible();
    const qr = dialog.getByRole("img", { name: "指向本页的二维码" });
    await expect(qr).toBeVisible();
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await screenshot(page, "share-wechat-zh-Hans");
    await dialog.getByRole("button", { name: "关闭" }).click();
    await expect(dialog).toBeHidden();
  });

  test("each pair has its own share button, reachable by hover and by keyboard", async ({
    page,
  }) => {
    await page.goto(`/zh-hant/articles/${slug}`);
    const button = page.getByRole("button", { name: "分享第3段" });
    await page.locator("#p3").hover();
    await expect(button).toBeVisible();
    await button.click();
    const menu = page.getByRole("dialog", { name: "分享" }).filter({ visible: true });
    await menu.getByRole("button", { name: "複製連結" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/zh-hant/articles/${slug}/p/3$`),
    );
    await page.keyboard.press("Escape");

    // From the pair's number, Tab walks through the pair's own stops (its words for the learning
    // layer, its read-aloud buttons) and reaches its share button before leaving the pair.
    const share4 = page.getByRole("button", { name: "分享第4段" });
    await page.locator("#p4 a").first().focus();
    for (let stop = 0; stop < 6; stop++) {
      await page.keyboard.press("Tab");
      if (await share4.evaluate((el) => el === document.activeElement)) break;
      expect(await page.evaluate(() => !!document.activeElement?.closest("#p4"))).toBe(true);
    }
    await expect(share4).toBeFocused();
  });

  test("@mobile the pair share button is there to tap on a phone", async ({ page }) => {
    await page.goto(`/en/articles/${slug}`);
    const button = page.getByRole("button", { name: "Share paragraph 2" });
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeVisible();
    await button.tap();
    await expect(
      page.getByRole("dialog", { name: "Share" }).filter({ visible: true }),
    ).toBeVisible();
    await screenshot(page, "mobile-share-pair");
  });
});

test.describe("share cards", () => {
  test("every article and pair card is a 1200×630 PNG; unknown ones are 404", async ({
    request,
  }) => {
    for (const path of [
      `/cards/en/${slug}.png`,
      `/cards/zh-hant/${slug}/p/1.png`,
      `/cards/zh-hans/${slug}/p/${longArticle.pairs.length}.png`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      const png = await response.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    for (const path of [
      `/cards/en/no-such-article.png`,
      `/cards/fr/${slug}.png`,
      `/cards/en/${slug}/p/0.png`,
      `/cards/en/${slug}/p/${longArticle.pairs.length + 1}.png`,
      `/cards/en/${slug}/p/abc.png`,
      `/cards/en/${slug}.jpg`,
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test("a card URL with its content fingerprint is kept for a year, one without it is not", async ({
    request,
  }) => {
    const html = await (await request.get(`/en/articles/${slug}`)).text();
    const ogImage = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1] ?? "";
    expect(ogImage).toMatch(/\.png\?v=/);
    const versioned = await request.get(new URL(ogImage).pathname + new URL(ogImage).search);
    expect(versioned.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const plain = await request.get(`/cards/en/${slug}.png`);
    expect(plain.headers()["cache-control"]).not.toContain("immutable");
    expect(plain.headers()["cache-control"]).toContain("s-maxage=60");
  });

  test("a card draws stored content only: query text changes nothing", async ({ request }) => {
    // The forged address is asked for first: a card route that read its query would draw (and
    // cache) something else than the plain address gives afterwards.
    const card = `/cards/zh-hans/${slug}/p/2.png`;
    const forged = await request.get(`${card}?title=Forged%20headline&n=3&zh=%E4%BD%A0%E5%A5%BD`);
    expect(forged.status()).toBe(200);
    const plain = await (await request.get(card)).body();
    expect((await forged.body()).equals(plain)).toBe(true);
    // And the card does depend on what it names: another pair draws another picture.
    const other = await (await request.get(`/cards/zh-hans/${slug}/p/3.png`)).body();
    expect(other.equals(plain)).toBe(false);
  });
});
