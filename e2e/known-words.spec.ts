import { expect, type Page, test } from "@playwright/test";
import { cefrLabel, hskLabel } from "@/lib/learning/level-labels";
import type { StudyData } from "@/lib/learning/study-types";
import { chinese, enWord, SLUG, wakeLayer, zhWord } from "./learning-page";
import { LOCALES, screenshot } from "./support";

// Each test loads the article's study data and wraps every pair: several seconds on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** The article's study data, as the page fetches it (its levels are what the popover must show). */
async function studyData(page: Page): Promise<StudyData> {
  const src = await page.locator(".reading[data-src]").getAttribute("data-src");
  const response = await page.request.get(src!);
  return (await response.json()) as StudyData;
}

/** A Chinese word as the page writes it (Traditional on the 繁體 site). */
const shown = (data: StudyData, word: StudyData["words"][number]) =>
  data.script === "hant" ? (word.t ?? word.s) : word.s;

/** The sample article, and the two words the tests use: 图书馆 (as the page writes it) and "instrument". */
async function openArticle(page: Page, prefix: string) {
  await page.goto(`${prefix}/articles/${SLUG}`);
  const data = await studyData(page);
  const library = data.words.find((word) => word.s === "图书馆")!;
  const instrument = data.lemmas.find((lemma) => lemma.l === "instrument")!;
  return { library, libraryText: shown(data, library), instrument };
}

for (const { prefix, lang, messages } of LOCALES) {
  test(`a learner sees a word's level, marks it known or learning, and the mark is there after a reload (${lang})`, async ({
    page,
  }) => {
    const t = messages.Learning;
    const { library, libraryText, instrument } = await openArticle(page, prefix);
    // The sample words are on both lists: the test means something only if there is a level to show.
    expect(library.h).toBeGreaterThan(0);
    expect(instrument.e).toBeGreaterThan(0);
    expect(instrument.c).toBe(4);

    const open = async (word: ReturnType<typeof zhWord>, shown: string) => {
      await word.click();
      const dialog = page.getByRole("dialog", { name: t.wordDialog.replace("{word}", shown) });
      await expect(dialog).toBeVisible();
      return dialog;
    };
    const pressed = (dialog: ReturnType<Page["getByRole"]>, name: string) =>
      dialog.getByRole("group", { name: t.marks }).getByRole("button", { name, exact: true });

    await wakeLayer(page);
    let dialog = await open(zhWord(page, libraryText), libraryText);
    await expect(dialog).toContainText(hskLabel(library.h!));
    if (library.h2) await expect(dialog).toContainText(t.hsk2.replace("{level}", `${library.h2}`));
    await expect(pressed(dialog, t.known)).toHaveAttribute("aria-pressed", "false");
    await pressed(dialog, t.known).click();
    await expect(pressed(dialog, t.known)).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Escape");

    dialog = await open(enWord(page, "instruments"), "instruments");
    await expect(dialog).toContainText(
      `${t.cefr.replace("{level}", cefrLabel(instrument.e!))} · ${t.cet4}`,
    );
    await pressed(dialog, t.learning).click();
    await expect(pressed(dialog, t.learning)).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Escape");

    await page.reload();
    await wakeLayer(page);
    dialog = await open(zhWord(page, libraryText), libraryText);
    await expect(pressed(dialog, t.known)).toHaveAttribute("aria-pressed", "true");
    await expect(pressed(dialog, t.learning)).toHaveAttribute("aria-pressed", "false");
    await page.keyboard.press("Escape");
    dialog = await open(enWord(page, "instruments"), "instruments");
    await expect(pressed(dialog, t.learning)).toHaveAttribute("aria-pressed", "true");
    await expect(pressed(dialog, t.known)).toHaveAttribute("aria-pressed", "false");

    await page.keyboard.press("Escape");

    // Colour words: the word marked learning is coloured (and underlined), the known one is not;
    // the setting is remembered.
    const colour = page.getByRole("button", { name: t.colourWords, exact: true });
    await colour.click();
    await expect(colour).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveAttribute("data-colour-words", "on");
    await expect(enWord(page, "instruments")).toHaveClass(/\bword-learning\b/);
    await expect(zhWord(page, libraryText)).not.toHaveClass(/\bword-learning\b/);

    // Chinese words above a chosen HSK level are coloured too; a word marked known is not.
    await page.getByRole("combobox", { name: t.colourLevel }).selectOption("1");
    await expect(page.locator("html")).toHaveAttribute("data-colour-level", "1");
    await expect(zhWord(page, libraryText)).not.toHaveAttribute("data-hsk");
    const above = page.locator('.reading [lang|="zh"] .word[data-hsk]:not([data-hsk="1"])').first();
    await expect(above).toHaveCSS("text-decoration-style", "dotted");
    await page.reload();
    await expect(page.getByRole("button", { name: t.colourWords, exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(enWord(page, "instruments")).toHaveClass(/\bword-learning\b/);
    await expect(page.getByRole("combobox", { name: t.colourLevel })).toHaveValue("1");
  });
}

for (const { prefix, lang, messages } of LOCALES) {
  test(`a learner colours English words above a CEFR level, marks a whole paragraph known and takes it back (${lang})`, async ({
    page,
  }) => {
    const t = messages.Learning;
    const { library, libraryText, instrument } = await openArticle(page, prefix);
    expect(instrument.e).toBe(2); // A2: above A1
    expect(library.h2).toBe(3); // HSK 2.0: 3
    await wakeLayer(page);
    await page.getByRole("button", { name: t.colourWords, exact: true }).click();
    // A reader who learned by HSK 2.0 colours by that list: 图书馆 is above HSK 2.0 level 2, not 3.
    const hskSelect = page.getByRole("combobox", { name: t.colourLevel });
    await hskSelect.selectOption({ label: t.hsk2.replace("{level}", "2") });
    await expect(zhWord(page, libraryText)).toHaveCSS("text-decoration-style", "dotted");
    await hskSelect.selectOption({ label: t.hsk2.replace("{level}", "3") });
    await expect(zhWord(page, libraryText)).not.toHaveCSS("text-decoration-style", "dotted");
    await page.getByRole("combobox", { name: t.colourLevelEn }).selectOption("A1");
    await expect(page.locator("html")).toHaveAttribute("data-colour-level-en", "A1");
    await expect(enWord(page, "instruments")).toHaveCSS("text-decoration-style", "dotted");
    const markAll = page.getByRole("button", {
      name: t.markPairNamed.replace("{n}", "1"),
      exact: true,
    });
    await expect(markAll).toHaveText(t.markPair);

    // The first paragraph's button marks its words known, in both languages: no longer coloured.
    await markAll.click();
    await expect(page.locator("#p1").getByRole("status")).toHaveText(
      new RegExp(t.pairMarked.replace("{count}", "\\d+")),
    );
    await expect(enWord(page, "instruments")).toHaveClass(/\bword-known\b/);
    await expect(enWord(page, "instruments")).not.toHaveCSS("text-decoration-style", "dotted");
    await expect(zhWord(page, libraryText)).toHaveClass(/\bword-known\b/);

    // Undo takes those marks back; the words are above the level again.
    await page
      .getByRole("button", { name: t.undoPairNamed.replace("{n}", "1"), exact: true })
      .click();
    await expect(enWord(page, "instruments")).not.toHaveClass(/\bword-known\b/);
    await expect(enWord(page, "instruments")).toHaveCSS("text-decoration-style", "dotted");
    await expect(markAll).toBeVisible();

    // The buttons are there only while colouring is on.
    await page.getByRole("button", { name: t.colourWords, exact: true }).click();
    await expect(markAll).toBeHidden();
  });
}

for (const [i, { prefix, lang, messages }] of LOCALES.entries()) {
  test(`@mobile on a phone a learner taps a word for its level, marks it known and marks a paragraph known (${lang})`, async ({
    page,
  }) => {
    const t = messages.Learning;
    const { library, libraryText: text } = await openArticle(page, prefix);
    // Colour words on (it wakes the learning layer), then the word, by touch.
    await page.getByRole("button", { name: t.colourWords, exact: true }).tap();
    await zhWord(page, text).tap();
    const dialog = page.getByRole("dialog", { name: t.wordDialog.replace("{word}", text) });
    await expect(dialog).toContainText(hskLabel(library.h!));
    await dialog.getByRole("button", { name: t.known, exact: true }).tap();
    await expect(dialog.getByRole("button", { name: t.known, exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await dialog.getByRole("button", { name: t.close }).tap();

    await expect(zhWord(page, text)).toHaveClass(/\bword-known\b/);
    await page
      .getByRole("button", { name: t.markPairNamed.replace("{n}", "2"), exact: true })
      .tap();
    await expect(page.locator("#p2").getByRole("status")).not.toBeEmpty();
    await expect(
      chinese(page, 2).locator(".word:not(.word-known):not(.word-learning)"),
    ).toHaveCount(0);
    if (i === 0) await screenshot(page, "known-words-phone");
  });
}
