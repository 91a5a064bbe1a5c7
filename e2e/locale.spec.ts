import { expect, test } from "@playwright/test";
import { LOCALES, articles, longArticle, screenshot } from "./support";

test.describe("interface language", () => {
  test("/ sends the reader to the language Accept-Language asks for", async ({ request }) => {
    const cases: [string, string][] = [
      ["zh-CN,zh;q=0.9", "/zh-hans"],
      ["zh-SG", "/zh-hans"],
      ["zh-TW", "/zh-hant"],
      ["zh-HK,en;q=0.5", "/zh-hant"],
      ["zh-MO", "/zh-hant"],
      ["en-US,en;q=0.9", "/en"],
      ["fr-FR", "/en"],
    ];
    for (const [acceptLanguage, prefix] of cases) {
      const response = await request.get("/", {
        headers: { "Accept-Language": acceptLanguage },
        maxRedirects: 0,
      });
      expect(response.status(), acceptLanguage).toBe(307);
      expect(new URL(response.headers().location!, "http://x").pathname, acceptLanguage).toBe(
        prefix,
      );
    }
  });

  test("a language the reader picked wins over Accept-Language next time", async ({
    page,
    context,
  }) => {
    await context.setExtraHTTPHeaders({ "Accept-Language": "en-US" });
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await page
      .getByRole("navigation", { name: "Interface language" })
      .getByRole("link", { name: "繁體中文" })
      .click();
    await expect(page).toHaveURL(/\/zh-hant$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh-hant$/);
  });

  test("reading sets no cookie; only the reader's pick of a language does", async ({
    page,
    context,
    request,
  }) => {
    for (const path of ["/en", `/zh-hant/articles/${longArticle.slug}`, "/zh-hans/no-such-page"]) {
      const response = await request.get(path);
      expect(response.headers()["set-cookie"], path).toBeUndefined();
    }
    await page.goto(`/en/articles/${longArticle.slug}`);
    expect(await context.cookies()).toEqual([]);
    await page
      .getByRole("navigation", { name: "Interface language" })
      .getByRole("link", { name: "简体中文" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans/articles/${longArticle.slug}`));
    const cookies = await context.cookies();
    expect(cookies.map(({ name, value }) => `${name}=${value}`)).toEqual(["NEXT_LOCALE=zh-Hans"]);
  });

  test("switching language keeps the article, the view and the paragraph", async ({ page }) => {
    const n = Math.min(7, longArticle.pairs.length);
    await page.goto(`/en/articles/${longArticle.slug}?view=parallel`);
    await page.locator(`#p${n}`).scrollIntoViewIfNeeded();
    await page.evaluate((id) => {
      const top = document.getElementById(id)!.getBoundingClientRect().top;
      window.scrollBy(0, top - 100);
    }, `p${n}`);
    await page
      .getByRole("navigation", { name: "Interface language" })
      .getByRole("link", { name: "简体中文" })
      .click();
    await expect(page).toHaveURL(
      new RegExp(`/zh-hans/articles/${longArticle.slug}\\?view=parallel#p${n}$`),
    );
    await expect(page.getByRole("radio", { name: "左右对照" })).toBeChecked();
    await expect(page.locator(`#p${n}`)).toBeInViewport();

    await page
      .getByRole("navigation", { name: "界面语言" })
      .getByRole("link", { name: "繁體中文" })
      .click();
    await expect(page).toHaveURL(
      new RegExp(`/zh-hant/articles/${longArticle.slug}\\?view=parallel#p${n}$`),
    );
    await expect(page.locator(`#p${n} [lang="zh-Hant"]`)).toBeInViewport();
    await screenshot(page, "article-zh-Hant-after-switch");
  });

  for (const { prefix, lang, messages } of LOCALES) {
    test(`home in ${lang} lists every article with both titles, and sections filter them`, async ({
      page,
    }) => {
      await page.goto(prefix);
      await expect(
        page.getByRole("heading", { level: 1, name: messages.HomePage.heading }),
      ).toBeVisible();
      await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(articles.length);
      const first = articles[0]!;
      await expect(page.getByRole("main").getByText(first.title.en, { exact: true })).toBeVisible();
      await screenshot(page, `home-${lang}`);

      const section = first.section;
      const sectionName = messages.Sections[section];
      await page
        .getByRole("navigation", { name: messages.SiteHeader.sectionsNav })
        .getByRole("link", { name: sectionName })
        .click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/sections/${section}$`));
      await expect(page.getByRole("heading", { level: 1, name: sectionName })).toBeVisible();
      const inSection = articles.filter((article) => article.section === section);
      await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(inSection.length);
    });
  }

  test("@mobile the home page reads well on a phone", async ({ page }) => {
    await page.goto("/zh-hans");
    await expect(page.getByRole("heading", { level: 1, name: "最新" })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await screenshot(page, "mobile-home-zh-Hans");
  });

  // The header holds the site's name, the notebook, three languages and the theme: on a phone it
  // must wrap the name, not widen the page (a wider page makes the phone zoom out).
  for (const { prefix, messages } of LOCALES) {
    test(`@mobile no page is wider than a phone in ${prefix}`, async ({ page }) => {
      for (const path of [prefix, `${prefix}/articles/${longArticle.slug}`]) {
        await page.goto(path);
        await expect(
          page.getByRole("link", { name: messages.Metadata.siteName, exact: true }),
        ).toBeVisible();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, path).toBeLessThanOrEqual(page.viewportSize()!.width);
      }
    });
  }
});
