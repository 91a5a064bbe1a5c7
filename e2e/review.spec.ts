import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, type Page, test } from "@playwright/test";
import {
  NOTEBOOK_KEY,
  type NotebookStorage,
  saveWord,
  type WordToSave,
} from "@/lib/vocabulary/notebook";
import { LOCALES, screenshot } from "./support";

// Shared, loaded machine: give hydration room (no timing is asserted).
const expect = baseExpect.configure({ timeout: 15_000 });
test.beforeEach(() => test.slow());

const words: WordToSave[] = [
  {
    language: "zh",
    word: "图书馆",
    reading: "túshūguǎn",
    meaning: "library",
    sentence: "县图书馆借出吉他和二胡。",
    translation: "The county library lends guitars and erhus.",
    article: { slug: "county-library-lends-instruments", title: "A county library" },
    href: "/zh-hans/articles/county-library-lends-instruments#p1",
  },
  {
    language: "en",
    word: "lends",
    reading: "lend",
    meaning: "借出",
    sentence: "The county library lends guitars and erhus.",
    translation: "县图书馆借出吉他和二胡。",
    article: { slug: "county-library-lends-instruments", title: "A county library" },
    href: "/en/articles/county-library-lends-instruments#p1",
  },
];

/** The notebook as the notebook module writes it, saved the morning of 1 November 2026. */
function notebookJson(): string {
  const memory = new Map<string, string>();
  const storage: NotebookStorage = {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
  };
  words.forEach((word, i) => saveWord(storage, word, new Date(2026, 10, 1, 8, i)));
  return memory.get(NOTEBOOK_KEY)!;
}

async function seed(page: Page, value: string) {
  await page.addInitScript(
    ([key, stored]) => {
      // Once per test: a reload must see what the page itself stored.
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem(key, stored);
    },
    [NOTEBOOK_KEY, value] as const,
  );
}

const on = (day: number, hour = 9) => new Date(2026, 10, day, hour);

for (const { locale, prefix, messages } of LOCALES) {
  const t = messages.ReviewSession;
  test(`${locale}: reviews two saved words with the keyboard, and one comes back on its day`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(on(1));
    await seed(page, notebookJson());
    await page.goto(`${prefix}/review`);
    await expect(
      page.getByText(t.progress.replace("{n}", "1").replace("{total}", "2")),
    ).toBeVisible();
    // Both words are new and due; whichever comes first is graded Good, the other Again.
    const card = page.getByRole("heading", { level: 2 }).filter({ hasText: /^(图书馆|lends)$/ });
    const first = (await card.textContent())!;
    const second = first === "图书馆" ? "lends" : "图书馆";
    const answer = (word: string) =>
      page.getByText(word === "图书馆" ? "túshūguǎn" : "借出", { exact: true });
    await expect(answer(first)).toBeHidden();

    await page.keyboard.press("Space");
    await expect(answer(first)).toBeVisible();
    // What Good would schedule, as its button says: that is the day the word must come back.
    const good = page.getByRole("button", { name: new RegExp(`^${t.good}`) });
    const goodDays = Number((await good.textContent())!.match(/\d+/)![0]);
    await page.keyboard.press("3");

    await expect(page.getByRole("heading", { level: 2, name: second })).toBeVisible();
    await page.keyboard.press("Space");
    await expect(answer(second)).toBeVisible();
    await page.keyboard.press("1");
    await expect(page.getByRole("heading", { level: 2, name: t.doneTitle })).toBeVisible();
    await expect(page.getByText(t.doneCount.replace("{count}", "2"))).toBeVisible();

    // The next morning: only the word graded Again.
    await page.clock.setFixedTime(on(2, 7));
    await page.reload();
    await expect(
      page.getByText(t.progress.replace("{n}", "1").replace("{total}", "1")),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: second })).toBeVisible();

    // The evening before Good's day: still only the word graded Again (not reviewed since).
    const progress = (n: number, total: number) =>
      page.getByText(t.progress.replace("{n}", String(n)).replace("{total}", String(total)));
    await page.clock.setFixedTime(on(1 + goodDays - 1, 22));
    await page.reload();
    await expect(progress(1, 1)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: second })).toBeVisible();
    // On Good's day, in the morning: the word graded Good is back beside it.
    await page.clock.setFixedTime(on(1 + goodDays, 7));
    await page.reload();
    await expect(progress(1, 2)).toBeVisible();
    await page.keyboard.press("Space");
    await page.keyboard.press("3");
    await expect(page.getByRole("heading", { level: 2, name: first })).toBeVisible();
  });
}

test("corrupt storage is reset with a notice, not a crash", async ({ page }) => {
  await seed(page, "{not json");
  await page.goto("/en/review");
  await expect(page.getByRole("status").filter({ hasText: /could not be read/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "No saved words yet" })).toBeVisible();
});

test("a version 1 notebook is brought up to date and reviewed", async ({ page }) => {
  const v1 = JSON.stringify({
    ...JSON.parse(notebookJson()),
    version: 1,
    reviews: undefined,
    marks: undefined,
  });
  await page.clock.setFixedTime(on(1));
  await seed(page, v1);
  await page.goto("/en/review");
  await expect(page.getByRole("status").filter({ hasText: /brought up to date/ })).toBeVisible();
  await expect(page.getByText("Word 1 of 2")).toBeVisible();
});

test("the review page has no axe violations, front and back, light and dark", async ({ page }) => {
  await page.clock.setFixedTime(on(1));
  await seed(page, notebookJson());
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/en/review");
    await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole("button", { name: "Show answer" }).click();
    await expect(page.getByRole("button", { name: /^Good/ })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  }
});

test("screenshots of the review page, desktop", async ({ page }) => {
  await page.clock.setFixedTime(on(1));
  await seed(page, notebookJson());
  for (const [i, { prefix, locale, messages }] of LOCALES.entries()) {
    const scheme = i === 1 ? "dark" : "light";
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${prefix}/review`);
    await page.getByRole("button", { name: messages.ReviewSession.show }).click();
    await expect(page.getByText("túshūguǎn")).toBeVisible();
    await screenshot(page, `review-${locale}-desktop-${scheme}`);
  }
});

test("@mobile a word is reviewed by touch on a phone", async ({ page }) => {
  await page.clock.setFixedTime(on(1));
  await seed(page, notebookJson());
  for (const [i, { prefix, locale, messages }] of LOCALES.entries()) {
    const t = messages.ReviewSession;
    const scheme = i === 2 ? "dark" : "light";
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${prefix}/review`);
    await page.getByRole("button", { name: t.show }).tap();
    await expect(page.getByText("túshūguǎn")).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await screenshot(page, `review-${locale}-pixel7-${scheme}`);
    if (i === 2) {
      await page.getByRole("button", { name: new RegExp(`^${t.easy}`) }).tap();
      await expect(page.getByRole("heading", { level: 2, name: "lends" })).toBeVisible();
    }
  }
});

test("once loaded, a review goes on offline: grades are kept and count after a reload", async ({
  page,
  context,
}) => {
  const t = LOCALES[0].messages.ReviewSession;
  await page.clock.setFixedTime(on(1));
  await seed(page, notebookJson());
  await page.goto("/en/review");
  await expect(
    page.getByText(t.progress.replace("{n}", "1").replace("{total}", "2")),
  ).toBeVisible();
  await context.setOffline(true);
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: new RegExp(`^${t.good}`) })).toBeVisible();
    await page.keyboard.press("3");
  }
  await expect(page.getByRole("heading", { level: 2, name: t.doneTitle })).toBeVisible();
  const stored = await page.evaluate((key) => localStorage.getItem(key), NOTEBOOK_KEY);
  expect(Object.keys(JSON.parse(stored!).reviews)).toHaveLength(2);
  // Back online the same day: nothing is due any more.
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: t.nothingDue })).toBeVisible();
});
