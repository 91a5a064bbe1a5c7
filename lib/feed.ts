import { translatorFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { localizeArticle } from "@/lib/content/localize";
import { plainText } from "@/lib/content/markdown";
import type { Article } from "@/lib/content/types";
import { assets } from "@/lib/assets";
import { bilingualTitle } from "@/lib/metadata";
import { absoluteUrl, localizedPath, paths } from "@/lib/site";

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

/** RSS 2.0 of the latest articles in one locale: bilingual titles, summary and first pair. */
export function rssFeed(locale: Locale, articles: Article[]): string {
  const t = translatorFor(locale);
  const home = absoluteUrl(localizedPath(locale, paths.home()));
  const items = articles.slice(0, 50).map((stored) => {
    const article = localizeArticle(stored, locale);
    const url = absoluteUrl(localizedPath(locale, paths.article(article.slug)));
    const first = article.pairs[0];
    const summary = locale === "en" ? article.summary.en : article.summary.zh;
    const body = first ? `${summary}\n\n${plainText(first.en)}\n\n${plainText(first.zh)}` : summary;
    return `    <item>
      <title>${escapeXml(bilingualTitle(locale, article.title))}</title>
      <link>${escapeXml(url)}</link>
      <guid isPermaLink="true">${escapeXml(url)}</guid>
      <pubDate>${new Date(`${article.date}T00:00:00Z`).toUTCString()}</pubDate>
      <category>${escapeXml(t(`Sections.${article.section}`))}</category>
      <description>${escapeXml(body)}</description>
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(t("Metadata.siteName"))}</title>
    <link>${escapeXml(home)}</link>
    <description>${escapeXml(t("Metadata.siteTagline"))}</description>
    <language>${locale === "en" ? "en" : locale === "zh-Hans" ? "zh-cn" : "zh-tw"}</language>
    <atom:link href="${escapeXml(absoluteUrl(assets.feed(locale)))}" rel="self" type="application/rss+xml"/>
${items.join("\n")}
  </channel>
</rss>
`;
}
