import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";
import type { Locale } from "./routing";

/** Every interface string, by locale: the pages (i18n/request.ts), cards and feeds all read these. */
export const MESSAGES = { en, "zh-Hans": zhHans, "zh-Hant": zhHant } as const;

/** Translations outside a page render (share cards, RSS), from the same messages as the pages. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

/**
 * One namespace's translations, synchronously: what components call, so they render the same in the
 * app router's server components and in the static reading pages (pages/), where there is no request
 * context to read the locale from.
 */
export function translate<Namespace extends keyof (typeof MESSAGES)["en"]>(
  locale: Locale,
  namespace: Namespace,
) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace });
}

type Namespace = keyof (typeof MESSAGES)["en"];

/**
 * Several messages of one namespace as written, for the browser: placeholders ({n}, {count}) stay in
 * them, filled where the value is known (islands and client components pass these as labels).
 */
export function rawMessages<
  N extends Namespace,
  K extends keyof (typeof MESSAGES)["en"][N] & string,
>(locale: Locale, namespace: N, keys: readonly K[]): Record<K, string> {
  const t = translate(locale, namespace);
  const raw = t.raw as (key: string) => unknown;
  return Object.fromEntries(keys.map((key) => [key, String(raw(key))])) as Record<K, string>;
}
