import { defineRouting } from "next-intl/routing";

/**
 * The three interface languages and their URL prefixes (contract: docs/contracts.md).
 * Locale codes are BCP 47 (`<html lang>`); prefixes are the lowercase forms used in URLs.
 */
export const locales = ["en", "zh-Hans", "zh-Hant"] as const;
export type Locale = (typeof locales)[number];

export const localePrefixes = {
  en: "/en",
  "zh-Hans": "/zh-hans",
  "zh-Hant": "/zh-hant",
} as const satisfies Record<Locale, string>;

/** Remembers the interface language a reader picked. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: { mode: "always", prefixes: localePrefixes },
  // `/` is negotiated in proxy.ts (i18n/negotiate.ts) so the mapping of zh-TW, zh-HK… is exact.
  localeDetection: false,
  // A reader's own choice outlives the session: keep it for a year.
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The locale whose URL prefix is `segment` (`zh-hant` → `zh-Hant`), if any. */
export function localeFromPrefix(segment: string): Locale | undefined {
  return locales.find((locale) => localePrefixes[locale] === `/${segment}`);
}

/** Whether the reader sees Chinese in Traditional characters in this locale. */
export function usesTraditional(locale: Locale): boolean {
  return locale === "zh-Hant";
}
