import { z } from "zod";
import { type Locale, localePrefixes } from "@/i18n/routing";
import type { Section } from "@/lib/content/types";

/** The public origin, for canonical URLs, feeds and cards. Set SITE_URL in production. */
export const SITE_URL = siteUrl(process.env.SITE_URL);

/**
 * SITE_URL checked when the app starts: a typo here would otherwise put broken links into every
 * canonical URL, feed, share link and QR code without any error.
 */
export function siteUrl(value: string | undefined): string {
  if (value === undefined || value === "") return "http://localhost:3000";
  const parsed = z
    .url({ protocol: /^https?$/, error: "must be an absolute http:// or https:// URL" })
    .refine((url) => !/[?#]/.test(url), "must not have a query or fragment")
    .safeParse(value.trim());
  if (!parsed.success) {
    throw new Error(
      `SITE_URL ${parsed.error.issues[0]?.message ?? "is not valid"}, such as https://reader.example.com (got "${value}")`,
    );
  }
  return parsed.data.replace(/\/+$/, "");
}

/** Paths within one locale (contract: docs/contracts.md, "Locales and URLs"); lib/content/routes.ts matches them. */
export const paths = {
  home: () => "/",
  about: () => "/about",
  /** The reader's own saved words: per browser, so not in the sitemap and not indexed. */
  vocabulary: () => "/vocabulary",
  /** Saved words due for review today (per browser, like the notebook). */
  review: () => "/review",
  /** Search results for `?q=`: read in the browser from the static index (docs/search.md). */
  search: () => "/search",
  section: (section: Section) => `/sections/${section}`,
  article: (slug: string) => `/articles/${slug}`,
  pair: (slug: string, n: number | string) => `/articles/${slug}/p/${n}`,
};

/** A path within a locale, with its URL prefix: `("zh-Hant", "/about")` → `/zh-hant/about`. */
export function localizedPath(locale: Locale, path: string): string {
  return `${localePrefixes[locale]}${path === "/" ? "" : path}`;
}

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}
