import { translatorFor } from "@/i18n/messages";
import { chineseScript, type Locale } from "@/i18n/locales";
import { localizeArticle } from "@/lib/content/localize";
import { plainText } from "@/lib/content/markdown";
import type { Article } from "@/lib/content/types";
import { formatPublicationDate } from "@/lib/format";
import type { ShareCardContent } from "./ShareCard";

export function articleCard(article: Article, locale: Locale): ShareCardContent {
  const t = translatorFor(locale);
  const localized = localizeArticle(article, locale);
  return {
    kind: "article",
    script: chineseScript(locale),
    siteName: t("Metadata.siteName"),
    section: t(`Sections.${article.section}`),
    date: formatPublicationDate(locale, article.date),
    title: localized.title,
  };
}

/** The card of pair `n` (1-based), or undefined when the article has no such pair. */
export function pairCard(
  article: Article,
  n: number,
  locale: Locale,
): ShareCardContent | undefined {
  const localized = localizeArticle(article, locale);
  const pair = localized.pairs[n - 1];
  if (!pair) return undefined;
  const t = translatorFor(locale);
  return {
    kind: "pair",
    script: chineseScript(locale),
    siteName: t("Metadata.siteName"),
    position: t("ParagraphPage.heading", { n, total: localized.pairs.length }),
    en: plainText(pair.en),
    zh: plainText(pair.zh),
    title: localized.title,
  };
}
