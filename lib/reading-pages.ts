import type { GetStaticPaths } from "next";
import { isLocale, type Locale, locales } from "@/i18n/routing";
import { islandsBootUrl } from "@/lib/islands";
import type { Article } from "@/lib/content/types";
import { localizeArticle, type LocalizedArticle } from "@/lib/content/localize";
import { type ArticleLevel, articleLevel } from "@/lib/learning/levels";

/*
 * The reading pages (pages/: home, sections, articles, pairs) are static HTML with no framework
 * runtime: no React, no router, no hydration data; each exports
 * `config: PageConfig = { unstable_runtimeJS: false, runtime: "nodejs" }` as a literal (Next reads it
 * without running the module; Next 16's route types want it typed, with `runtime`). Only production
 * builds honour it: the dev server still hydrates them. Their behaviour comes from islands
 * (docs/islands.md).
 */

/** Every locale's copy of a page with no other parameter. */
export const localePaths: GetStaticPaths = () => ({
  paths: locales.map((locale) => ({ params: { locale } })),
  fallback: false,
});

/** The locale parameter of a reading page, checked (getStaticPaths only lists real ones). */
export function localeParam(params: Record<string, unknown> | undefined): Locale | undefined {
  const locale = params?.locale;
  return isLocale(locale) ? locale : undefined;
}

/** What every reading page's props carry: its locale, and the islands' boot script to load. */
export interface ReadingPageProps {
  locale: Locale;
  islands: string;
}

export function readingPageProps(locale: Locale): ReadingPageProps {
  return { locale, islands: islandsBootUrl() };
}

/**
 * An article as a reading page shows it: localized, with its level (HSK and CEFR, computed from the
 * stored text at build time). Computed here, in the page's loader, because the page's components
 * are also compiled for the browser, where the word lists and the segmenter cannot go.
 */
export type ReadingArticle = LocalizedArticle & { level: ArticleLevel | null };

export function readingArticle(article: Article, locale: Locale): ReadingArticle {
  return { ...localizeArticle(article, locale), level: articleLevel(article) };
}
