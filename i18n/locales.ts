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
