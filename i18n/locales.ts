/**
 * The three interface languages, their URL prefixes and the Chinese script each shows, from the one
 * table in locale-table.js (contract: docs/contracts.md).
 */
import { LOCALE_TABLE, SCRIPT_LANG } from "./locale-table.js";

export type Locale = keyof typeof LOCALE_TABLE;
export const locales = Object.keys(LOCALE_TABLE) as Locale[];

export const localePrefixes = Object.fromEntries(
  locales.map((locale) => [locale, LOCALE_TABLE[locale].prefix]),
) as { [L in Locale]: (typeof LOCALE_TABLE)[L]["prefix"] };

/** A Chinese script by its one name here: Simplified (`hans`, as stored) or Traditional (`hant`). */
export type ChineseScript = keyof typeof SCRIPT_LANG;
export const CHINESE_SCRIPTS = Object.keys(SCRIPT_LANG) as ChineseScript[];

/** The `lang` of Chinese text in a script: `zh-Hans` or `zh-Hant`. */
export type ChineseLang = (typeof SCRIPT_LANG)[ChineseScript];

/** The script a locale shows its Chinese in. */
export function chineseScript(locale: Locale): ChineseScript {
  return LOCALE_TABLE[locale].script;
}

export function scriptLang(script: ChineseScript): ChineseLang {
  return SCRIPT_LANG[script];
}
