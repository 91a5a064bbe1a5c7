import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, type Page, test } from "@playwright/test";
import {
  markWords,
  NOTEBOOK_KEY,
  type NotebookStorage,
  saveWord,
  type WordToSave,
} from "@/lib/vocabulary/notebook";
import { hasHan } from "@/lib/text";
import { LOCALES, longArticle, screenshot } from "./support";

// This machine is shared and often loaded: hydration can take seconds. Give each test and each
// expectation room, so a slow moment is not mistaken for a broken page.
const expect = baseExpect.configure({ timeout: 15_000 });
test.beforeEach(() => test.slow());

/**
 * A notebook as the real notebook module writes it, to put in the browser before the page loads: the
 * words saved, and the words marked known or learning.
 */
function notebookJson(
  words: WordToSave[],
  marks: { known?: string[]; learning?: string[] } = {},
): string {
  const memory = new Map<string, string>();
  const storage: NotebookStorage = {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
  };
  words.forEach((word, i) => saveWord(storage, word, new Date(Date.UTC(2026, 10, 1 + i))));
  for (const mark of ["known", "learning"] as const) {
    const marked = (marks[mark] ?? []).map((word) => ({
      language: hasHan(word) ? ("zh" as const) : ("en" as const),
      word,
    }));
    if (marked.length > 0) markWords(storage, marked, mark);
  }
  return memory.get(NOTEBOOK_KEY) ?? "";
}

async function seed(page: Page, value: string) {
  await page.addInitScript(
    ([key, stored]) => {
      // Once per test, not on every navigation: a reload must see what the page itself stored.
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem(key, stored);
    },
    [NOTEBOOK_KEY, value] as const,
  );
}

const slug = longArticle.slug;

for (const { prefix, lang, zhLang, messages } of LOCALES) {
  const t = messages.Notebook;
  const fill = (template: string, word: string) => template.replace("{word}", word);
  const zhWord: WordToSave = {
    language: "zh",
    word: zhLang === "zh-Hant" ? "圖書館" : "图书馆",
    reading: "túshūguǎn",
    meaning: "library",
    sentence: zhLang === "zh-Hant" ? "她每週去圖書館。" : "她每周去图书馆。",
    translation: 'She goes to the "library" every week.',
    article: { slug, title: longArticle.title.en },
    href: `${prefix}/articles/${slug}#p3`,
  };
  const enWord: WordToSave = {
    language: "en",
    word: "ran",
    reading: "run",
    meaning: "跑, 运行",
    sentence: "The trains ran all night.",
    translation: "列车整夜运行。",
    article: { slug, title: longArticle.title.en },
    href: `${prefix}/articles/${slug}#p1`,
  };

  test.describe(`vocabulary notebook in ${lang}`, () => {
    // Each reader's flow runs on the desktop project and, tagged @mobile, on the phone project.
    for (const phone of ["", " @mobile"]) {
      test(`saved words are listed newest first, removed with undo, and exported for Anki${phone}`, async ({
        page,
      }) => {
        // Saved first: the Chinese word; then the English one, which must be listed first.
        await seed(page, notebookJson([zhWord, enWord]));
        await page.goto(prefix);
        await page.getByRole("link", { name: messages.SiteHeader.vocabulary }).click();
        await expect(page).toHaveURL(`${prefix}/vocabulary`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(
          messages.VocabularyPage.title,
        );

        const words = page.getByRole("listitem").getByRole("heading", { level: 2 });
        await expect(words).toHaveText(["ran", zhWord.word]);
        const chinese = page.getByRole("listitem").filter({ hasText: zhWord.word });
        await expect(chinese.getByText("túshūguǎn")).toBeVisible();
        await expect(chinese.getByText(zhWord.sentence)).toBeVisible();
        await expect(chinese.getByText(zhWord.translation)).toBeVisible();
        await expect(chinese.getByRole("link", { name: longArticle.title.en })).toHaveAttribute(
          "href",
          `${prefix}/articles/${slug}#p3`,
        );
        await screenshot(page, `vocabulary-${lang}-${test.info().project.name}`);

        // Export: a CSV file Anki reads, every field quoted, the word's sentence as context.
        const downloading = page.waitForEvent("download");
        await page.getByRole("button", { name: t.export }).click();
        const download = await downloading;
        expect(download.suggestedFilename()).toMatch(/^vocabulary-\d{4}-\d{2}-\d{2}\.csv$/);
        const csv = readFileSync((await download.path())!, "utf8");
        expect(
          csv.startsWith(
            "\uFEFF#separator:Comma\r\n#html:false\r\n#columns:Front,Back,Context\r\n",
          ),
        ).toBe(true);
        const rows = csv.trim().split("\r\n").slice(3);
        expect(rows).toHaveLength(2);
        expect(rows[0]).toMatch(/^"ran","run\n跑, 运行","The trains ran all night\.\n/);
        expect(rows[1]).toContain(`"${zhWord.word}","túshūguǎn\nlibrary",`);
        // The quotes inside the translation are doubled, and the link back is absolute.
        expect(rows[1]).toContain('She goes to the ""library"" every week.');
        expect(rows[1]).toContain(`${new URL(page.url()).origin}${prefix}/articles/${slug}#p3"`);

        // Remove, undo, remove again: gone after a reload too.
        await page.getByRole("button", { name: fill(t.removeNamed, zhWord.word) }).click();
        await expect(words).toHaveText(["ran"]);
        await expect(page.getByRole("status")).toContainText(fill(t.removed, zhWord.word));
        await expect(page.getByRole("button", { name: t.undo })).toBeFocused();
        await page.keyboard.press("Enter");
        await expect(words).toHaveText(["ran", zhWord.word]);
        await page.getByRole("button", { name: fill(t.removeNamed, zhWord.word) }).click();
        await expect(words).toHaveText(["ran"]);
        await page.reload();
        await expect(words).toHaveText(["ran"]);

        // The link back opens the article at the word's paragraph.
        await page.getByRole("link", { name: longArticle.title.en }).click();
        await expect(page).toHaveURL(`${prefix}/articles/${slug}#p1`);
        await expect(page.locator("#p1")).toBeInViewport();
      });

      test(`the notebook counts the words marked known and learning${phone}`, async ({ page }) => {
        await seed(
          page,
          notebookJson([], { known: ["图书馆", "lend", "instrument"], learning: ["乐器"] }),
        );
        await page.goto(`${prefix}/vocabulary`);
        await expect(
          page.getByText(t.marks.replace("{known}", "3").replace("{learning}", "1"), {
            exact: true,
          }),
        ).toBeVisible();
        // No word saved yet: the notebook still says how to save one.
        await expect(page.getByRole("heading", { name: t.emptyTitle })).toBeVisible();
      });

      test(`an empty notebook says how to save words${phone}`, async ({ page }) => {
        await page.goto(`${prefix}/vocabulary`);
        await expect(page.getByRole("heading", { name: t.emptyTitle })).toBeVisible();
        await expect(page.getByText(t.emptyHelp)).toBeVisible();
        await expect(page.getByRole("button", { name: t.export })).toHaveCount(0);
        await page.getByRole("link", { name: t.emptyLink }).click();
        await expect(page).toHaveURL(prefix);
      });
    }

    test(`corrupt saved words are reset with a notice, and the page still works`, async ({
      page,
    }) => {
      await seed(page, '{"version":1,"entries":[{"word":');
      await page.goto(`${prefix}/vocabulary`);
      await expect(page.getByRole("status").filter({ hasText: t.reset })).toBeVisible();
      await expect(page.getByRole("heading", { name: t.emptyTitle })).toBeVisible();
      // The unreadable data is kept aside, not lost.
      expect(await page.evaluate(() => localStorage.getItem("reader.notebook.backup"))).toBe(
        '{"version":1,"entries":[{"word":',
      );
      await page.getByRole("button", { name: t.dismiss }).click();
      await expect(page.getByRole("status").filter({ hasText: t.reset })).toHaveCount(0);
    });
  });
}

test("another app's data under the notebook's key is reset, an old notebook is migrated @mobile", async ({
  page,
}) => {
  const t = LOCALES[0].messages.Notebook;
  await seed(page, JSON.stringify({ theme: "dark" }));
  await page.goto("/en/vocabulary");
  await expect(page.getByRole("status").filter({ hasText: t.reset })).toBeVisible();

  // Version 0 of the notebook was a bare array of entries.
  const [entry] = JSON.parse(notebookJson([enWordFor("/en")])).entries;
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    NOTEBOOK_KEY,
    JSON.stringify([entry]),
  ] as const);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: t.migrated })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "ran" })).toBeVisible();
});

function enWordFor(prefix: string): WordToSave {
  return {
    language: "en",
    word: "ran",
    reading: "run",
    meaning: "跑",
    sentence: "The trains ran all night.",
    translation: "列车整夜运行。",
    article: { slug, title: longArticle.title.en },
    href: `${prefix}/articles/${slug}#p1`,
  };
}

test("the notebook is kept out of search results", async ({ page }) => {
  await page.goto("/en/vocabulary");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

for (const [scheme, phone] of [
  ["light", ""],
  ["dark", ""],
  ["light", " @mobile"],
  ["dark", " @mobile"],
] as const) {
  test(`the notebook page has no axe violations (${scheme})${phone}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seed(
      page,
      notebookJson([
        enWordFor("/zh-hant"),
        { ...enWordFor("/zh-hant"), word: "引號", language: "zh" },
      ]),
    );
    await page.goto("/zh-hant/vocabulary");
    await expect(page.getByRole("heading", { level: 2, name: "ran" })).toBeVisible();
    await page.getByRole("button", { name: /ran/ }).click();
    await expect(
      page.getByRole("button", { name: LOCALES[2].messages.Notebook.undo }),
    ).toBeVisible();
    await screenshot(page, `vocabulary-zh-Hant-${scheme}-${test.info().project.name}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
      [],
    );
  });
}

for (const { prefix, lang, zhLang, messages } of [LOCALES[0], LOCALES[2]]) {
  test(`a word saved from its popover is in the notebook, with its sentence and a link back (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // An article whose first pair has 图书馆 (library).
    const slug = "county-library-lends-instruments";
    const word = zhLang === "zh-Hant" ? "圖書館" : "图书馆";
    await page.goto(`${prefix}/articles/${slug}`);
    const english = page.locator('#p1 > [lang="en"]');
    await english.hover();
    await expect(english).toHaveAttribute("data-learn", "ready");
    const zhWord = page
      .locator(`#p1 > [lang="${zhLang}"] .word`)
      .filter({ hasText: new RegExp(`^${word}`) })
      .first();
    await zhWord.click();
    const dialog = page.getByRole("dialog", {
      name: messages.Learning.wordDialog.replace("{word}", word),
    });
    await dialog.getByRole("button", { name: messages.Learning.save }).click();
    await expect(dialog.getByRole("status")).toHaveText(messages.Learning.saved);

    await page.getByRole("link", { name: messages.SiteHeader.vocabulary }).click();
    await expect(page.getByRole("heading", { level: 2, name: word })).toBeVisible();
    const entry = page.getByRole("listitem").filter({ hasText: word });
    await expect(entry.getByText("tú shū guǎn")).toBeVisible();
    await expect(entry.getByRole("blockquote")).toContainText(word);
    await expect(entry.getByRole("link")).toHaveAttribute("href", `${prefix}/articles/${slug}#p1`);
  });
}
