import type { Metadata } from "next";
import { type Locale, locales } from "@/i18n/routing";
import type { LocalizedArticle } from "@/lib/content/localize";
import { plainText } from "@/lib/content/markdown";
import type { ParagraphPair } from "@/lib/content/types";
import { CARD_SIZE } from "@/lib/og/ShareCard";
import { cardPath, cardVersion } from "@/lib/og/cards";
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
    types: { "application/rss+xml": feedPath(locale) },
  };
}

export function feedPath(locale: Locale): string {
  return `/feeds${localizedPath(locale, "/")}.xml`;
}

/** The title as the locale reads it first: "English | 中文" or "中文 | English". */
export function bilingualTitle(locale: Locale, title: { en: string; zh: string }): string {
  return locale === "en" ? `${title.en} | ${title.zh}` : `${title.zh} | ${title.en}`;
}

interface ShareMeta {
  locale: Locale;
  article: LocalizedArticle;
  title: string;
  description: string;
  /** The page's own path within its locale. */
  path: string;
  card: { path: string; alt: string };
  siteName: string;
  sectionName: string;
}

/**
 * Everything a link preview reads (Open Graph, Twitter/X card), server-rendered into <head> so
 * crawlers that run no JavaScript (WeChat, Weibo, Twitterbot, Slackbot…) see it.
 */
export function shareMetadata({
  locale,
  article,
  title,
  description,
  path,
  card,
  siteName,
  sectionName,
}: ShareMeta): Metadata {
  const image = {
    url: `${card.path}?v=${cardVersion(article)}`,
    width: CARD_SIZE.width,
    height: CARD_SIZE.height,
    alt: card.alt,
    type: "image/png",
  };
  return {
    title,
    description,
    openGraph: {
      type: "article",
      siteName,
      title,
      description,
      url: localizedPath(locale, path),
      locale: OG_LOCALES[locale],
      alternateLocale: locales
        .filter((other) => other !== locale)
        .map((other) => OG_LOCALES[other]),
      images: [image],
      publishedTime: article.date,
      section: sectionName,
      authors: article.author ? [article.author] : undefined,
      tags: article.tags,
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export function articleCardPath(locale: Locale, article: LocalizedArticle): string {
  return cardPath(locale, article.slug);
}

export function pairCardPath(
  locale: Locale,
  article: LocalizedArticle,
  pair: ParagraphPair,
): string {
  return cardPath(locale, article.slug, pair.n);
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
    image: [absoluteUrl(`${cardPath(locale, article.slug)}?v=${cardVersion(article)}`)],
    author: article.author ? { "@type": "Organization", name: article.author } : undefined,
    publisher: { "@type": "Organization", name: siteName },
    mainEntityOfPage: url,
    url,
    wordCount: article.pairs.reduce((sum, pair) => sum + plainText(pair.en).split(/\s+/).length, 0),
  };
}
