import { defineRouting } from "next-intl/routing";
import { chineseScript, type Locale, localePrefixes, locales } from "./locales";

export { type Locale, localePrefixes, locales };

/** Remembers the interface language a reader picked (set only by the language switch). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: { mode: "always", prefixes: localePrefixes },
  // `/` is negotiated in proxy.ts (i18n/negotiate.ts) so the mapping of zh-TW, zh-HK… is exact.
  localeDetection: false,
  // No cookie on page views: a response that sets one is kept by no shared cache or CDN. The reader's
  // own pick of a language sets LOCALE_COOKIE instead (components/layout/LocaleLinks.tsx).
  localeCookie: false,
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
  return chineseScript(locale) === "hant";
}
