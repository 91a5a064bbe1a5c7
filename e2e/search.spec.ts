import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test } from "@playwright/test";
import { toTraditional } from "@/lib/chinese/convert";
import { articles, LOCALES, screenshot } from "./support";

// Shared, loaded machine: give hydration and the index's first fetches room (no timing is asserted).
const expect = baseExpect.configure({ timeout: 15_000 });
test.beforeEach(() => test.slow());

const library = articles.find((article) => article.slug === "county-library-lends-instruments")!;

/** What a reader of each interface types, and what they should see marked in the pair. */
const QUERIES = {
  en: { query: "libraries", marked: /^librar(y|ies)$/i, inPair: /\blibrar(y|ies)\b/i },
  // The Traditional site searched in Simplified, and the Simplified site in Traditional.
  "zh-Hant": { query: "图书馆", marked: /^圖書館$/, inPair: /圖書館/ },
  "zh-Hans": { query: "圖書館", marked: /^图书馆$/, inPair: /图书馆/ },
} as const;

for (const { locale, prefix, lang, messages } of LOCALES) {
  const t = messages.SearchResults;
  const { query, marked, inPair } = QUERIES[locale];
  const title =
    lang === "en"
      ? library.title.en
      : lang === "zh-Hant"
        ? toTraditional(library.title.zh)
        : library.title.zh;

  test(`${locale}: the header's search box finds "${query}" and lands on the pair`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/about`);
    const box = page.getByRole("search", { name: messages.SearchBox.label });
    await box.getByRole("searchbox", { name: messages.SearchBox.label }).fill(query);
    await box.getByRole("searchbox").press("Enter");
    await expect(page).toHaveURL(`${prefix}/search?q=${encodeURIComponent(query)}`);

    const result = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: title }) });
    await expect(result).toBeVisible();
    await expect(result.locator("mark").first()).toHaveText(marked);
    await expect(
      result.getByText(messages.Sections[library.section], { exact: false }),
    ).toBeVisible();

    await result.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/articles/${library.slug}#p\\d+$`));
    const n = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`#${n}`)).toContainText(inPair);
  });

  test(`${locale}: the page says plainly when nothing matched`, async ({ page }) => {
    await page.goto(`${prefix}/search?q=xylophonist`);
    await expect(page.getByRole("status")).toHaveText(t.none.replace("{query}", "xylophonist"));
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  });
}

test("searching as you type keeps the address, and a mixed query needs both words", async ({
  page,
}) => {
  await page.goto("/en/search");
  const box = page.getByRole("searchbox", { name: "Search articles" });
  await box.fill("violin 图书馆");
  await expect(page.getByRole("link", { name: library.title.en })).toBeVisible();
  await expect(page).toHaveURL(`/en/search?q=${encodeURIComponent("violin 图书馆")}`);
  await box.fill("prosecutors 图书馆");
  await expect(page.getByRole("status")).toContainText("Nothing matched");
});

test("a word only in an article's summary finds it: the row shows the summary and links to the article", async ({
  page,
}) => {
  await page.goto("/en/search?q=northwestern");
  const link = page.getByRole("link", { name: library.title.en });
  await expect(link).toHaveAttribute("href", `/en/articles/${library.slug}`);
  const result = page.getByRole("listitem").filter({ has: link });
  await expect(result.locator("mark")).toHaveText([/^northwestern$/i]);
  await expect(result.getByText(library.summary.en.slice(0, 30))).toBeVisible();
});

test("each result downloads only the pair it shows, once", async ({ page }) => {
  const hits: { url: string; bytes: number }[] = [];
  page.on("response", async (response) => {
    if (!/\/search-index\/\w+\/hit\//.test(response.url())) return;
    hits.push({ url: response.url(), bytes: (await response.body()).length });
  });
  await page.goto("/en/search?q=library");
  await expect(page.getByRole("link", { name: library.title.en })).toBeVisible();
  // Every row filled in: a row still waiting for its text is hidden from the accessibility tree.
  const rows = await page.locator("main ol > li").count();
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(rows);
  await expect.poll(() => hits.length).toBe(rows);
  expect(new Set(hits.map((hit) => hit.url)).size).toBe(rows);
  // A pair and the title in both scripts: a few hundred bytes to 1.5 KB (a whole article is ~10 KB).
  for (const hit of hits) expect(hit.bytes).toBeLessThan(2_500);
});

test("what a reader types before the page's script is ready is searched, not wiped", async ({
  page,
}) => {
  // A slow phone: the page's script arrives a second after its HTML, and the reader types at once.
  let release!: () => void;
  const scriptHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await scriptHeld;
    await route.continue();
  });
  await page.goto("/en/search", { waitUntil: "domcontentloaded" });
  const box = page.getByRole("searchbox", { name: "Search articles" });
  await box.fill("libraries");
  release();
  await expect(page.locator("mark").first()).toBeVisible();
  await expect(box).toHaveValue("libraries");
  await expect(page).toHaveURL(/\/en\/search\?q=libraries$/);
});

test("without JavaScript the header's form still sends the query to the search page", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/zh-hant");
  await page.getByRole("searchbox", { name: "搜尋" }).fill("圖書館");
  await page.getByRole("button", { name: "搜尋" }).click();
  await expect(page).toHaveURL(`/zh-hant/search?q=${encodeURIComponent("圖書館")}`);
  await expect(page.getByRole("heading", { level: 1, name: "搜尋" })).toBeVisible();
  await context.close();
});

test("the search page with results has no axe violations, light and dark", async ({ page }) => {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/en/search?q=library");
    await expect(page.getByRole("link", { name: library.title.en })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  }
});

test("screenshots of the search page, desktop", async ({ page }) => {
  for (const [i, { prefix, locale }] of LOCALES.entries()) {
    const scheme = i === 1 ? "dark" : "light";
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${prefix}/search?q=${encodeURIComponent(QUERIES[locale].query)}`);
    await expect(page.locator("mark").first()).toBeVisible();
    await screenshot(page, `search-${locale}-desktop-${scheme}`);
  }
});

test("@mobile on a phone the header's search button opens the search page, and results fit the screen", async ({
  page,
}) => {
  for (const [i, { prefix, locale, messages }] of LOCALES.entries()) {
    const scheme = i === 2 ? "dark" : "light";
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(prefix);
    // The narrow header has no room for the field: its button opens the page with the wide one.
    await expect(page.getByRole("searchbox", { name: messages.SearchBox.label })).toBeHidden();
    await page
      .getByRole("search", { name: messages.SearchBox.label })
      .getByRole("button", { name: messages.SearchBox.submit })
      .click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/search(\\?q=)?$`));
    const box = page.getByRole("searchbox", { name: messages.SearchResults.label });
    await box.fill(QUERIES[locale].query);
    await expect(page.locator("mark").first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await screenshot(page, `search-${locale}-pixel7-${scheme}`);
  }
});
