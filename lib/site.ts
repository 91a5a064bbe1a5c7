import { type Locale, localePrefixes } from "@/i18n/routing";
import type { Section } from "@/lib/content/types";

/** The public origin, for canonical URLs, feeds and cards. Set SITE_URL in production. */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

/** Paths within one locale (contract: shared/docs/PRODUCT.md, "Locales and URLs"). */
export const paths = {
  home: () => "/",
  about: () => "/about",
  section: (section: Section) => `/sections/${section}`,
  article: (slug: string) => `/articles/${slug}`,
  pair: (slug: string, n: number) => `/articles/${slug}/p/${n}`,
};

/** A path within a locale, with its URL prefix: `("zh-Hant", "/about")` → `/zh-hant/about`. */
export function localizedPath(locale: Locale, path: string): string {
  return `${localePrefixes[locale]}${path === "/" ? "" : path}`;
}

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}
