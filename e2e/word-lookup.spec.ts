import { expect, type Page, test } from "@playwright/test";
import type { StudyData, StudyWord } from "@/lib/learning/study-types";
import { chinese, english, enWord, SLUG, wakeLayer, zhWord } from "./learning-page";
import { LOCALES } from "./support";

// Each test loads the article's study data and wraps every pair: several seconds on a busy machine.
test.describe.configure({ timeout: 90_000 });

const [EN, , HANT] = LOCALES;

/** How long a hover takes to open a popover (islands/learning/layer.ts), with room to spare. */
const HOVER_WAIT = 1_000;

/** The word under a point of the viewport (without its pinyin), or "" when there is none. */
const wordAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => {
      const word = document.elementFromPoint(px!, py!)?.closest(".word");
      const copy = word?.cloneNode(true) as Element | undefined;
      copy?.querySelectorAll("rt").forEach((rt) => rt.remove());
      return copy?.textContent ?? "";
    },
    [x, y],
  );

test("text scrolling under a still mouse opens no popover; moving the mouse onto a word does", async ({
  page,
}) => {
  await page.goto(`/en/articles/${SLUG}`);
  // The mouse comes to rest over the first paragraph (which wakes the layer) and stays there.
  const box = (await english(page).boundingBox())!;
  // At the start of the lines: every line of text begins with a word there.
  const x = Math.round(box.x + 6);
  const y = Math.round(box.y + 12);
  await page.mouse.move(x, y);
  await expect(english(page)).toHaveAttribute("data-learn", "ready");
  // That movement was onto a word, and the first hover is answered: its popover opens. Escape
  // closes it; from here on the mouse stays still.
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(HOVER_WAIT);
  await expect(dialog).toBeHidden();

  // Wheel and keyboard scroll the words under the pointer: no popover, however long it rests.
  const passed: string[] = [];
  const scrolls = [
    () => page.mouse.wheel(0, 200),
    () => page.mouse.wheel(0, 200),
    () => page.mouse.wheel(0, 300),
    () => page.mouse.wheel(0, 300),
    () => page.keyboard.press("PageDown"),
    () => page.keyboard.press("ArrowDown"),
    () => page.keyboard.press("PageDown"),
    () => page.keyboard.press("ArrowDown"),
  ];
  for (const scroll of scrolls) {
    const before = await page.evaluate(() => window.scrollY);
    await scroll();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await page.waitForTimeout(HOVER_WAIT);
    passed.push(await wordAt(page, x, y));
    await expect(dialog).toBeHidden();
  }
  // The test means something only if words did come to rest under the pointer.
  expect(passed.filter(Boolean).length).toBeGreaterThan(2);

  // A real movement onto a word opens its popover.
  const target = await page.evaluate(
    ([px, py]) => {
      const words = [...document.querySelectorAll(".reading .word")];
      const box = words
        .map((word) => word.getBoundingClientRect())
        .find((rect) => rect.top > 100 && rect.bottom < innerHeight - 100 && rect.width > 20);
      return box ? [box.x + box.width / 2, box.y + box.height / 2] : [px!, py!];
    },
    [x, y],
  );
  await page.mouse.move(target[0]!, target[1]!, { steps: 4 });
  const word = await wordAt(page, target[0]!, target[1]!);
  expect(word).not.toBe("");
  await expect(page.getByRole("dialog", { name: `Dictionary: ${word}` })).toBeVisible();
});

/**
 * The study data of the page with one word marked as the builder marks a word CC-CEDICT lacks (no
 * readings, its characters' words instead: lib/learning/study-types.ts). The sample library has no
 * such word (the segmenter splits an unknown word into dictionary words), so the test makes one.
 */
async function withUnknownWord(page: Page, word: StudyWord, characters: StudyWord[]) {
  await page.route("**/study/**", async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as StudyData;
    const at = data.words.findIndex((candidate) => candidate.s === word.s);
    const c = characters.map((character) => data.words.push(character) - 1);
    data.words[at] = { ...word, r: [], c };
    await route.fulfill({ response, json: data });
  });
}

for (const { prefix, lang, zhLang, messages } of [EN, HANT]) {
  test(`a word the dictionary lacks falls back to its characters, and can be saved (${lang})`, async ({
    page,
  }) => {
    const t = messages.Learning;
    await withUnknownWord(page, { s: "图书馆", t: "圖書館", r: [] }, [
      { s: "图", t: "圖", r: [["tú", ["picture"]]] },
      { s: "书", t: "書", r: [["shū", ["book"]]] },
      { s: "馆", t: "館", r: [["guǎn", ["building"]]] },
    ]);
    await page.goto(`${prefix}/articles/${SLUG}`);
    await wakeLayer(page);
    const shown = zhLang === "zh-Hant" ? "圖書館" : "图书馆";
    await zhWord(page, shown).click();
    const dialog = page.getByRole("dialog", { name: t.wordDialog.replace("{word}", shown) });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("heading", { name: shown })).toBeVisible();
    await expect(dialog.getByText(t.byCharacter)).toBeVisible();
    for (const [character, meaning] of [
      [zhLang === "zh-Hant" ? "圖" : "图", "picture"],
      [zhLang === "zh-Hant" ? "書" : "书", "book"],
      [zhLang === "zh-Hant" ? "館" : "馆", "building"],
    ]) {
      await expect(dialog.getByText(character!, { exact: true })).toBeVisible();
      await expect(dialog.getByText(meaning!, { exact: true })).toBeVisible();
    }
    await expect(dialog.getByText(t.noMeaning)).toBeHidden();
    await dialog.getByRole("button", { name: t.save }).click();
    await expect(dialog.getByRole("status")).toHaveText(t.saved);
  });
}

for (const { prefix, lang, messages } of [EN, HANT]) {
  for (const pinyin of ["off", "on"] as const) {
    test(`Tab goes paragraph by paragraph, not word by word; Escape returns to the word (${lang}, pinyin ${pinyin})`, async ({
      page,
    }) => {
      await page.addInitScript((value) => localStorage.setItem("reader.pinyin", value), pinyin);
      await page.goto(`${prefix}/articles/${SLUG}`);
      await wakeLayer(page);
      const focusedWord = page.locator(".word:focus");

      // One stop per paragraph: English, then Chinese, then out of the pair's words.
      await english(page).locator(".word").first().focus();
      await page.keyboard.press("Tab");
      await expect(chinese(page).locator(".word").first()).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(focusedWord).toHaveCount(0);
      // The pair's share button, the next pair's number (a link to it), then its English stop.
      await expect(
        page
          .locator("#p1")
          .getByRole("button", { name: messages.ShareMenu.sharePair.replace("{n}", "1") }),
      ).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(
        page.getByRole("link", { name: messages.ArticlePage.paragraph.replace("{n}", "2") }),
      ).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(english(page, 2).locator(".word").first()).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(chinese(page, 2).locator(".word").first()).toBeFocused();

      // Arrows move inside the paragraph, Enter opens the word, Escape closes it and returns focus.
      await page.keyboard.press("ArrowRight");
      const second = chinese(page, 2).locator(".word").nth(1);
      await expect(second).toBeFocused();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(second).toBeFocused();
      // Shift+Tab leaves the paragraph for the English one: still one stop each.
      await page.keyboard.press("Shift+Tab");
      await expect(english(page, 2).locator(".word").first()).toBeFocused();
    });
  }
}

for (const phone of [false, true]) {
  test(`an English word's popover leaves its lit Chinese word in sight${phone ? " @mobile" : ""}`, async ({
    page,
  }) => {
    await page.goto(`/en/articles/${SLUG}`);
    await page.getByRole("button", { name: "Pinyin", exact: true }).click();
    await expect(english(page)).toHaveAttribute("data-learn", "ready");
    // "library" opens the second pair; its equivalent 图书馆 begins the Chinese paragraph below it.
    const word = enWord(page, "library", 2);
    await (phone ? word.tap() : word.click());
    const dialog = page.getByRole("dialog", { name: "Dictionary: library" });
    await expect(dialog).toBeVisible();
    const lit = chinese(page, 2).locator("[data-lit-word]");
    await expect(lit).toHaveCount(1);
    await expect(lit.locator("ruby")).toHaveText(/^图书馆/);
    const [box, litBox] = [(await dialog.boundingBox())!, (await lit.boundingBox())!];
    const apart =
      litBox.y + litBox.height <= box.y ||
      box.y + box.height <= litBox.y ||
      litBox.x + litBox.width <= box.x ||
      box.x + box.width <= litBox.x;
    expect(apart).toBe(true);
    // Both on screen.
    const viewport = page.viewportSize()!;
    expect(litBox.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(Math.round(box.y + box.height)).toBeLessThanOrEqual(viewport.height);
  });
}

test("a masked paragraph shows no highlight through its mask", async ({ page }) => {
  await page.goto(`/en/articles/${SLUG}`);
  await wakeLayer(page);
  await page.getByRole("button", { name: "Hide English" }).click();
  // Pointing at a Chinese sentence lights up its English counterpart, which is masked.
  await chinese(page).locator('[data-s="zh-0"]').first().hover();
  const lit = english(page).locator('[data-lit-sentence="other"]').first();
  await expect(lit).toBeAttached();
  await expect(lit).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  await expect(english(page)).toHaveCSS("color", "rgba(0, 0, 0, 0)");
});

test("a masked paragraph gives nothing away to the keyboard: Tab goes from its button to the visible words", async ({
  page,
}) => {
  await page.goto(`/en/articles/${SLUG}`);
  await wakeLayer(page);
  await page.getByRole("button", { name: "Hide English" }).click();
  const show = page.getByRole("button", { name: "Show the English of paragraph 1", exact: true });
  await show.focus();
  await page.keyboard.press("Tab");
  // Next stop: a word of the visible Chinese paragraph, not a masked English word.
  await expect(chinese(page).locator(".word").first()).toBeFocused();
  await expect(english(page).locator(".word").first()).toBeHidden();
  // Revealed, its words are one stop again.
  await show.click();
  await english(page).locator(".word").first().focus();
  await expect(english(page).locator(".word").first()).toBeFocused();
});
