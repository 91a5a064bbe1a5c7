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
