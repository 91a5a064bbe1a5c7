import { expect as baseExpect, test } from "@playwright/test";
import { getArticle } from "@/lib/content/load";
import { articleLevel, cefrLabel, hskLabel } from "@/lib/learning/levels";
import { articles, LOCALES } from "./support";

// Shared, loaded machine: room for a slow page (no timing is asserted).
const expect = baseExpect.configure({ timeout: 15_000 });
test.beforeEach(() => test.slow());

const levels = articles.map((article) => ({
  article,
  level: articleLevel(getArticle(article.slug)!),
}));
const library = levels.find(({ article }) => article.slug === "county-library-lends-instruments")!;
const text = ({ hsk, cefr }: { hsk: number; cefr: number }) =>
  `${hskLabel(hsk)} · ${cefrLabel(cefr)}`;

for (const { locale, prefix, messages } of LOCALES) {
  test(`${locale}: the article header shows its level and the share of words at each level`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/articles/${library.article.slug}`);
    const details = page.locator("article header details");
    await expect(details.locator("summary")).toHaveText(
      `${messages.ArticleLevel.level}: ${text(library.level)}`,
    );
    await details.locator("summary").click();
    await expect(details.getByText(`${library.level.hskShares[0]}%`).first()).toBeVisible();
  });
}

test("the home page lists each article's level, and the HSK filter hides harder ones without script", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en");
  const item = (title: string) => page.getByRole("listitem").filter({ hasText: title });
  for (const { article, level } of levels) {
    await expect(item(article.title.en)).toContainText(text(level));
  }
  const hardest = Math.max(...levels.map(({ level }) => level.hsk));
  const easiest = Math.min(...levels.map(({ level }) => level.hsk));
  const filter = page.getByRole("group", { name: "Chinese level, up to:" });
  await filter.getByText(hskLabel(easiest), { exact: true }).click();
  for (const { article, level } of levels) {
    if (level.hsk > easiest) await expect(item(article.title.en)).toBeHidden();
    else await expect(item(article.title.en)).toBeVisible();
  }
  expect(hardest).toBeGreaterThan(easiest);
  await filter.getByText("All", { exact: true }).click();
  await expect(item(library.article.title.en)).toBeVisible();
  await context.close();
});

test("the 繁體 home page filters by CEFR level", async ({ page }) => {
  await page.goto("/zh-hant");
  const filter = page.getByRole("group", { name: "英文難度，最高到：" });
  await filter.getByText("A2", { exact: true }).click();
  const shown = await page.locator("li[data-level]:visible").count();
  expect(shown).toBe(levels.filter(({ level }) => level.cefr <= 2).length);
});

test("the about page credits the word lists", async ({ page }) => {
  await page.goto("/en/about");
  await expect(page.getByRole("link", { name: "ivankra/hsk30" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "drkameleon/complete-hsk-vocabulary" }),
  ).toBeVisible();
  await expect(page.getByText(/CEFR-J Wordlist Version 1\.5/)).toBeVisible();
  await expect(page.getByRole("link", { name: "ECDICT" })).toHaveAttribute(
    "href",
    "https://github.com/skywind3000/ECDICT",
  );
});
