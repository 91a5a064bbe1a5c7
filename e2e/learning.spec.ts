import { expect, test } from "@playwright/test";
import { chinese, english, enWord, SLUG, TONE_MARK, wakeLayer, zhWord } from "./learning-page";
import { LOCALES, screenshot } from "./support";

// Each test loads the article's study data (about 35 KB gzip) and wraps every pair: on a busy
// two-core machine that takes several seconds per page, more than the default 30 s for a whole test.
test.describe.configure({ timeout: 90_000 });

for (const { prefix, lang, zhLang, messages } of LOCALES) {
  const t = messages.Learning;

  test(`pinyin shows over every Chinese word, word by word, and is remembered (${lang})`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/articles/${SLUG}`);
    const pinyin = page.getByRole("button", { name: t.pinyin, exact: true });
    await expect(pinyin).toHaveAttribute("aria-pressed", "false");
    await expect(chinese(page).locator("rt").first()).toBeHidden();
    await pinyin.click();
    await expect(pinyin).toHaveAttribute("aria-pressed", "true");
    await expect(chinese(page)).toHaveAttribute("lang", zhLang);
    const library = zhWord(page, zhLang === "zh-Hant" ? "圖書館" : "图书馆");
    await expect(library.locator("rt")).toHaveText("tú shū guǎn");
    await expect(library.locator("rt")).toBeVisible();
    // Screen readers read the word once: the pinyin is hidden from them.
    await expect(library.locator("rt")).toHaveAttribute("aria-hidden", "true");
    expect(await chinese(page).ariaSnapshot()).not.toMatch(TONE_MARK);
    await expect(english(page).locator("rt")).toHaveCount(0);

    for (const view of ["parallel", "zh", "bilingual"]) {
      await page.goto(`${prefix}/articles/${SLUG}?view=${view}`);
      await expect(page.getByRole("button", { name: t.pinyin, exact: true })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await expect(chinese(page, 2).locator("rt").first()).toBeVisible();
      await expect(chinese(page, 2).locator("rt").first()).toHaveText(TONE_MARK);
    }
    await screenshot(page, `learning-pinyin-${lang}`);
  });

  test(`a Chinese word opens its dictionary entry, and Save keeps it (${lang})`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/articles/${SLUG}`);
    await wakeLayer(page);
    const word = zhLang === "zh-Hant" ? "圖書館" : "图书馆";
    await zhWord(page, word).hover();
    const dialog = page.getByRole("dialog", { name: t.wordDialog.replace("{word}", word) });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("heading", { name: word })).toBeVisible();
    await expect(dialog.getByText("library", { exact: true })).toBeVisible();
    await expect(dialog.getByText("tú shū guǎn").first()).toBeVisible();
    await expect(
      dialog.getByText(`${t.simplified} 图书馆 · ${t.traditional} 圖書館`),
    ).toBeVisible();
    await zhWord(page, word).click();
    await dialog.getByRole("button", { name: t.save }).click();
    await expect(dialog.getByRole("status")).toHaveText(t.saved);
    const stored = await page.evaluate(() => localStorage.getItem("reader.notebook"));
    expect(JSON.parse(stored ?? "{}").entries[0]).toMatchObject({
      language: "zh",
      word,
      reading: "tú shū guǎn",
      href: `${prefix}/articles/${SLUG}#p1`,
    });
    await screenshot(page, `learning-popover-zh-${lang}`);
  });

  test(`an English word shows its base form and lights up its Chinese word (${lang})`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/articles/${SLUG}`);
    await wakeLayer(page);
    await enWord(page, "instruments").click();
    const dialog = page.getByRole("dialog", {
      name: t.wordDialog.replace("{word}", "instruments"),
    });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(t.baseForm)).toBeVisible();
    await expect(dialog.getByText("instrument", { exact: true })).toBeVisible();
    await expect(dialog.getByText(zhLang === "zh-Hant" ? "樂器" : "乐器").first()).toBeVisible();
    // The equivalent found in the aligned Chinese sentence lights up there.
    const lit = chinese(page).locator("[data-lit-word]");
    await expect(lit).toHaveCount(1);
    await expect(lit.locator("ruby")).toHaveText(zhLang === "zh-Hant" ? /^樂器/ : /^乐器/);
    await screenshot(page, `learning-popover-en-${lang}`);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(chinese(page).locator("[data-lit-word]")).toHaveCount(0);
  });

  test(`study mode hides a language in place, reveals on tap, and is remembered (${lang})`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/articles/${SLUG}`);
    const before = await chinese(page, 3).boundingBox();
    await page.getByRole("button", { name: t.hideEnglish }).click();
    await expect(page.getByRole("button", { name: t.hideEnglish })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    // Masked in place: the text is there, invisible, and nothing moves.
    await expect(english(page, 3)).toHaveCSS("color", "rgba(0, 0, 0, 0)");
    expect(await chinese(page, 3).boundingBox()).toEqual(before);
    const reveal = page.getByRole("button", { name: t.revealEnglish.replace("{n}", "3") });
    await reveal.click();
    await expect(reveal).toHaveCount(0);
    await expect(english(page, 3)).not.toHaveCSS("color", "rgba(0, 0, 0, 0)");
    await expect(english(page, 4)).toHaveCSS("color", "rgba(0, 0, 0, 0)");
    await screenshot(page, `learning-study-${lang}`);

    await page.reload();
    await expect(page.getByRole("button", { name: t.hideEnglish })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(english(page, 3)).toHaveCSS("color", "rgba(0, 0, 0, 0)");
    await page.getByRole("button", { name: t.revealAll }).click();
    await expect(
      page.getByRole("button", { name: t.revealEnglish.replace("{n}", "1") }),
    ).toHaveCount(0);
    await expect(english(page, 5)).not.toHaveCSS("color", "rgba(0, 0, 0, 0)");

    await page.getByRole("button", { name: t.hideChinese }).click();
    await expect(page.getByRole("button", { name: t.hideEnglish })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    await expect(chinese(page, 2)).toHaveCSS("color", "rgba(0, 0, 0, 0)");
    await expect(english(page, 2)).not.toHaveCSS("color", "rgba(0, 0, 0, 0)");
  });
}

test("the keyboard reaches every word: Tab, arrows, Enter opens, Escape returns", async ({
  page,
}) => {
  await page.goto(`/en/articles/${SLUG}`);
  await wakeLayer(page);
  const first = english(page).locator(".word").first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press("ArrowRight");
  const second = english(page).locator(".word").nth(1);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute("tabindex", "0");
  await expect(first).toHaveAttribute("tabindex", "-1");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(second).toBeFocused();

  // Focusing a word lights up its sentence's translation.
  await expect(chinese(page).locator('[data-lit-sentence="other"]').first()).toBeVisible();
});

test("pointing at a sentence lights up its translation", async ({ page }) => {
  await page.goto(`/en/articles/${SLUG}?view=parallel`);
  await wakeLayer(page);
  await english(page).locator('[data-s="en-1"]').first().hover();
  const lit = chinese(page).locator('[data-lit-sentence="other"]');
  await expect(lit.first()).toBeVisible();
  await expect(lit.first()).toHaveAttribute("data-s", /^zh-/);
  await expect(chinese(page).locator('[data-s="zh-0"]').first()).not.toHaveAttribute(
    "data-lit-sentence",
  );
});

test("unreadable learning settings are reset with a notice", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("reader.study", "everything"));
  await page.goto(`/en/articles/${SLUG}`);
  await expect(page.getByRole("status")).toContainText(
    "Your saved pinyin and study settings could not be read",
  );
  await expect(page.locator("html")).toHaveAttribute("data-study", "off");
});

for (const { prefix, lang, messages } of LOCALES) {
  test(`the about page credits CC-CEDICT and its licence (${lang})`, async ({ page }) => {
    await page.goto(`${prefix}/about`);
    await expect(page.getByRole("link", { name: "CC-CEDICT" })).toHaveAttribute(
      "href",
      "https://cc-cedict.org/wiki/",
    );
    await expect(
      page.getByRole("heading", { name: messages.AboutPage.dictionaryHeading }),
    ).toBeVisible();
    // The credit and its licence stand together, in the dictionary's own paragraph.
    const credit = page.locator("p", { has: page.getByRole("link", { name: "CC-CEDICT" }) });
    await expect(credit.locator('a[rel="license"]')).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by-sa/4.0/",
    );
  });
}

test("on a phone, a tap opens the word as a sheet and study mode reveals by tap @mobile", async ({
  page,
}) => {
  await page.goto(`/zh-hans/articles/${SLUG}`);
  await page.getByRole("button", { name: "拼音", exact: true }).tap();
  await expect(chinese(page)).toHaveAttribute("data-learn", "ready");
  await zhWord(page, "乐器").tap();
  const dialog = page.getByRole("dialog", { name: "词典：乐器" });
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  const viewport = page.viewportSize()!;
  expect(Math.round(box!.y + box!.height)).toBe(viewport.height);
  await screenshot(page, "learning-phone-popover");
  await dialog.getByRole("button", { name: "关闭" }).tap();
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "隐藏中文" }).tap();
  await page.getByRole("button", { name: "显示第2段的中文" }).tap();
  await expect(chinese(page, 2)).not.toHaveCSS("color", "rgba(0, 0, 0, 0)");
  await expect(chinese(page, 3)).toHaveCSS("color", "rgba(0, 0, 0, 0)");
  await screenshot(page, "learning-phone-study");
});
