import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import { type Locale, localePrefixes, usesTraditional } from "@/i18n/routing";
import { localizeArticle } from "@/lib/content/localize";
import { plainText } from "@/lib/content/markdown";
import type { Article } from "@/lib/content/types";
import en from "@/messages/en.json";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";
import type { ShareCardContent } from "./ShareCard";

const MESSAGES = { en, "zh-Hans": zhHans, "zh-Hant": zhHant } as const;

/** Card URLs live outside the locale routes (and the proxy): `/cards/zh-hant/{slug}.png`. */
export function cardPath(locale: Locale, slug: string, n?: number): string {
  const base = `/cards${localePrefixes[locale]}/${slug}`;
  return n === undefined ? `${base}.png` : `${base}/p/${n}.png`;
}

/**
 * A short fingerprint of what a card shows, appended to og:image as `?v=`, so a card can be cached
 * for a year and still change when its article does.
 */
export function cardVersion(article: Article): string {
  return createHash("sha256").update(JSON.stringify(article)).digest("base64url").slice(0, 10);
}

function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

function formatDate(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function articleCard(article: Article, locale: Locale): ShareCardContent {
  const t = translator(locale);
  const localized = localizeArticle(article, locale);
  return {
    kind: "article",
    script: usesTraditional(locale) ? "tc" : "sc",
    siteName: t("Metadata.siteName"),
    section: t(`Sections.${article.section}`),
    date: formatDate(locale, article.date),
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
  const t = translator(locale);
  return {
    kind: "pair",
    script: usesTraditional(locale) ? "tc" : "sc",
    siteName: t("Metadata.siteName"),
    position: t("ParagraphPage.heading", { n, total: localized.pairs.length }),
    en: plainText(pair.en),
    zh: plainText(pair.zh),
    title: localized.title,
  };
}
