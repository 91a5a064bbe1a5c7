import type { Metadata } from "next";
import { translatorFor } from "@/i18n/messages";
import { type Locale, locales } from "@/i18n/routing";
import type { LocalizedArticle } from "@/lib/content/localize";
import { plainText } from "@/lib/content/markdown";
import type { ParagraphPair } from "@/lib/content/types";
import { assets, CARD_SIZE } from "@/lib/assets";
import { absoluteUrl, localizedPath, paths } from "./site";

/** Open Graph locale names (`og:locale`) for our three interface languages. */
export const OG_LOCALES: Record<Locale, string> = {
  en: "en_US",
  "zh-Hans": "zh_CN",
  "zh-Hant": "zh_TW",
};

/** Canonical URL and hreflang alternates of one page in all three locales. */
export function pageAlternates(locale: Locale, path: string): Metadata["alternates"] {
  return {
    canonical: localizedPath(locale, path),
    languages: {
      ...Object.fromEntries(locales.map((other) => [other, localizedPath(other, path)])),
      "x-default": localizedPath("en", path),
    },
    types: { "application/rss+xml": assets.feed(locale) },
  };
}

/** The title as the locale reads it first: "English | 中文" or "中文 | English". */
export function bilingualTitle(locale: Locale, title: { en: string; zh: string }): string {
  return locale === "en" ? `${title.en} | ${title.zh}` : `${title.zh} | ${title.en}`;
}

/**
 * The metadata of an article page, or of one of its pair pages: title, description, canonical URL
 * and hreflang alternates, and everything a link preview reads (Open Graph, Twitter/X card),
 * server-rendered into <head> so crawlers that run no JavaScript (WeChat, Weibo, Twitterbot,
 * Slackbot…) see it. A pair page names its article as canonical: it exists to share one paragraph.
 */
export function readingPageMetadata(
  locale: Locale,
  article: LocalizedArticle,
  pair?: ParagraphPair,
): Metadata {
  const t = translatorFor(locale);
  const inLocale = (text: { en: string; zh: string }) => (locale === "en" ? text.en : text.zh);
  const articlePath = paths.article(article.slug);
  const path = pair ? paths.pair(article.slug, pair.n) : articlePath;
  const title = pair
    ? t("ParagraphPage.title", { n: pair.n, title: inLocale(article.title) })
    : bilingualTitle(locale, article.title);
  // A pair's description carries both of its languages, as its card does.
  const description = pair
    ? (locale === "en"
        ? `${plainText(pair.en)} ${plainText(pair.zh)}`
        : `${plainText(pair.zh)} ${plainText(pair.en)}`
      ).slice(0, 300)
    : inLocale(article.summary);
  const image = {
    url: assets.card(locale, article.slug, pair?.n, article.cardVersion),
    width: CARD_SIZE.width,
    height: CARD_SIZE.height,
    alt: title,
    type: "image/png",
  };
  const alternates = pageAlternates(locale, path);
  return {
    title,
    description,
    alternates: pair
      ? { ...alternates, canonical: localizedPath(locale, articlePath) }
      : alternates,
    openGraph: {
      type: "article",
      siteName: t("Metadata.siteName"),
      title,
      description,
      url: localizedPath(locale, path),
      locale: OG_LOCALES[locale],
      alternateLocale: locales
        .filter((other) => other !== locale)
        .map((other) => OG_LOCALES[other]),
      images: [image],
      publishedTime: article.date,
      section: t(`Sections.${article.section}`),
      authors: article.author ? [article.author] : undefined,
      tags: article.tags,
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

/** schema.org NewsArticle for search engines, as JSON-LD. */
export function newsArticleJsonLd(locale: Locale, article: LocalizedArticle, siteName: string) {
  const url = absoluteUrl(localizedPath(locale, paths.article(article.slug)));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: bilingualTitle(locale, article.title).slice(0, 110),
    alternativeHeadline: locale === "en" ? article.title.zh : article.title.en,
    description: locale === "en" ? article.summary.en : article.summary.zh,
    inLanguage: ["en", article.zhLang],
    datePublished: article.date,
    articleSection: article.section,
    keywords: article.tags,
    image: [absoluteUrl(assets.card(locale, article.slug, undefined, article.cardVersion))],
    author: article.author ? { "@type": "Organization", name: article.author } : undefined,
    publisher: { "@type": "Organization", name: siteName },
    mainEntityOfPage: url,
    url,
    wordCount: article.pairs.reduce((sum, pair) => sum + plainText(pair.en).split(/\s+/).length, 0),
  };
}
