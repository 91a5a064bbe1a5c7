import { type APIRequestContext, expect, test } from "@playwright/test";
import { longArticle } from "./support";

/** Link-preview crawlers run no JavaScript: everything they read must be in the served HTML. */
const CRAWLERS = {
  WeChat:
    "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Mobile MicroMessenger/8.0.50",
  Weibo: "Mozilla/5.0 (compatible; Weibo-Spider/1.0)",
  Twitterbot: "Twitterbot/1.0",
  facebookexternalhit: "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  Slackbot: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
  TelegramBot: "TelegramBot (like TwitterBot)",
};

function meta(html: string, key: string): string[] {
  const pattern = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, "g");
  return [...html.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

function link(html: string, rel: string): { href: string; hrefLang?: string }[] {
  return [...html.matchAll(/<link ([^>]*)\/?>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => attrs.includes(`rel="${rel}"`))
    .map((attrs) => ({
      href: /href="([^"]*)"/.exec(attrs)![1]!,
      hrefLang: /hrefLang="([^"]*)"/i.exec(attrs)?.[1],
    }));
}

const slug = longArticle.slug;

/** The page as a client that runs no JavaScript gets it: the served HTML, whatever it claims to be. */
async function servedHtml(request: APIRequestContext, path: string, userAgent?: string) {
  const response = await request.get(
    path,
    userAgent ? { headers: { "User-Agent": userAgent } } : {},
  );
  expect(response.status(), `${path} as ${userAgent ?? "a browser"}`).toBe(200);
  return response.text();
}

// Nothing on the server looks at the user agent: every crawler reads the page a browser gets. If
// that ever changes, this fails and the per-crawler checks below must be per crawler again.
test("every link-preview crawler is served the same page as a browser", async ({ request }) => {
  const path = `/zh-hant/articles/${slug}`;
  const browser = await servedHtml(request, path);
  for (const [name, userAgent] of Object.entries(CRAWLERS)) {
    expect(await servedHtml(request, path, userAgent), name).toBe(browser);
  }
});

test("a crawler sees the article's card, title and alternates without running JavaScript", async ({
  request,
}) => {
  {
    const html = await servedHtml(request, `/zh-hant/articles/${slug}`, CRAWLERS.WeChat);
    expect(meta(html, "og:type")).toEqual(["article"]);
    expect(meta(html, "og:title")[0]).toContain(longArticle.title.en);
    expect(meta(html, "og:description")[0]?.length).toBeGreaterThan(5);
    expect(meta(html, "og:image")[0]).toMatch(new RegExp(`/cards/zh-hant/${slug}\\.png\\?v=`));
    expect(meta(html, "og:image:width")).toEqual(["1200"]);
    expect(meta(html, "og:image:height")).toEqual(["630"]);
    expect(meta(html, "og:image:alt")[0]).toContain(longArticle.title.en);
    expect(meta(html, "og:locale")).toEqual(["zh_TW"]);
    expect(meta(html, "og:locale:alternate").sort()).toEqual(["en_US", "zh_CN"]);
    expect(meta(html, "article:published_time")).toEqual([longArticle.date]);
    expect(meta(html, "article:section")).toHaveLength(1);
    expect(meta(html, "twitter:card")).toEqual(["summary_large_image"]);
    expect(meta(html, "twitter:image")[0]).toContain(`/cards/zh-hant/${slug}.png`);
    expect(link(html, "canonical")[0]?.href).toMatch(new RegExp(`/zh-hant/articles/${slug}$`));
    const alternates = link(html, "alternate").filter((l) => l.hrefLang);
    expect(alternates.map((l) => l.hrefLang).sort()).toEqual([
      "en",
      "x-default",
      "zh-Hans",
      "zh-Hant",
    ]);
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!,
    );
    expect(jsonLd["@type"]).toBe("NewsArticle");
    expect(jsonLd.datePublished).toBe(longArticle.date);
  }
});

test("a paragraph page carries its own card and description, with the article as canonical", async ({
  request,
}) => {
  const html = await (
    await request.get(`/en/articles/${slug}/p/2`, { headers: { "User-Agent": CRAWLERS.WeChat } })
  ).text();
  expect(meta(html, "og:image")[0]).toMatch(new RegExp(`/cards/en/${slug}/p/2\\.png\\?v=`));
  const secondPair = longArticle.pairs[1]!;
  const firstWords = secondPair.en.find((inline) => inline.type === "text");
  expect(firstWords).toBeDefined();
  expect(meta(html, "og:description")[0]).toContain(
    (firstWords as { value: string }).value.slice(0, 20),
  );
  expect(link(html, "canonical")[0]?.href).toMatch(new RegExp(`/en/articles/${slug}$`));
});

test("the og:image a crawler finds is a real 1200×630 PNG", async ({ request }) => {
  const html = await (await request.get(`/en/articles/${slug}`)).text();
  const image = new URL(meta(html, "og:image")[0]!);
  const response = await request.get(`${image.pathname}${image.search}`);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test("sitemap lists every article in every locale with alternates; robots and feeds answer", async ({
  request,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const prefix of ["en", "zh-hans", "zh-hant"]) {
    expect(sitemap).toContain(`/${prefix}/articles/${slug}</loc>`);
  }
  expect(sitemap).toContain('hreflang="zh-Hant"');
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  for (const prefix of ["en", "zh-hans", "zh-hant"]) {
    const feed = await request.get(`/feeds/${prefix}.xml`);
    expect(feed.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await feed.text();
    expect(xml).toContain(`/${prefix}/articles/${slug}</link>`);
  }
  expect(await (await request.get("/feeds/zh-hant.xml")).text()).toContain(
    (await (await request.get(`/zh-hant/articles/${slug}`)).text()).match(
      /<h1[^>]*><span lang="en"[^>]*>[^<]*<\/span><span lang="zh-Hant"[^>]*>([^<]*)</,
    )?.[1] ?? "missing title",
  );
});
