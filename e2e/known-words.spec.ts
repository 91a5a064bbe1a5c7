import { expect, type Page, test } from "@playwright/test";
import { cefrLabel, hskLabel } from "@/lib/learning/level-labels";
import type { StudyData } from "@/lib/learning/study-types";
import { enWord, SLUG, wakeLayer, zhWord } from "./learning-page";
import { LOCALES } from "./support";

// Each test loads the article's study data and wraps every pair: several seconds on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** The article's study data, as the page fetches it (its levels are what the popover must show). */
async function studyData(page: Page): Promise<StudyData> {
  const src = await page.locator(".reading[data-src]").getAttribute("data-src");
  const response = await page.request.get(src!);
  return (await response.json()) as StudyData;
}

const [EN, HANS] = LOCALES;

for (const { prefix, lang, messages } of [EN, HANS]) {
  test(`a learner sees a word's level, marks it known or learning, and the mark is there after a reload (${lang})`, async ({
    page,
  }) => {
    const t = messages.Learning;
    await page.goto(`${prefix}/articles/${SLUG}`);
    const data = await studyData(page);
    const library = data.words.find((word) => word.s === "图书馆")!;
    const instrument = data.lemmas.find((lemma) => lemma.l === "instrument")!;
    // The sample words are on both lists: the test means something only if there is a level to show.
    expect(library.h).toBeGreaterThan(0);
    expect(instrument.e).toBeGreaterThan(0);

    const open = async (word: ReturnType<typeof zhWord>, shown: string) => {
      await word.click();
      const dialog = page.getByRole("dialog", { name: t.wordDialog.replace("{word}", shown) });
      await expect(dialog).toBeVisible();
      return dialog;
    };
    const pressed = (dialog: ReturnType<Page["getByRole"]>, name: string) =>
      dialog.getByRole("group", { name: t.marks }).getByRole("button", { name, exact: true });

    await wakeLayer(page);
    let dialog = await open(zhWord(page, "图书馆"), "图书馆");
    await expect(dialog).toContainText(hskLabel(library.h!));
    if (library.h2) await expect(dialog).toContainText(t.hsk2.replace("{level}", `${library.h2}`));
    await expect(pressed(dialog, t.known)).toHaveAttribute("aria-pressed", "false");
    await pressed(dialog, t.known).click();
    await expect(pressed(dialog, t.known)).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Escape");

    dialog = await open(enWord(page, "instruments"), "instruments");
    await expect(dialog).toContainText(t.cefr.replace("{level}", cefrLabel(instrument.e!)));
    await pressed(dialog, t.learning).click();
    await expect(pressed(dialog, t.learning)).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Escape");

    await page.reload();
    await wakeLayer(page);
    dialog = await open(zhWord(page, "图书馆"), "图书馆");
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
    await expect(zhWord(page, "图书馆")).not.toHaveClass(/\bword-learning\b/);

    // Chinese words above a chosen HSK level are coloured too; a word marked known is not.
    await page.getByRole("combobox", { name: t.colourLevel }).selectOption("1");
    await expect(page.locator("html")).toHaveAttribute("data-colour-level", "1");
    await expect(zhWord(page, "图书馆")).not.toHaveAttribute("data-hsk");
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
