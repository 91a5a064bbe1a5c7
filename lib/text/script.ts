/**
 * Which writing system a piece of text is in. The content format decides a paragraph's language
 * by its letters (docs/contracts.md, "Content files"), and the editor tools decide a page block's
 * language the same way, with one refinement for Chinese commentary that quotes English words.
 */

const LETTER = /\p{L}/gu;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

export const letterCount = (text: string): number => text.match(LETTER)?.length ?? 0;
/** Han characters: the length measure of Chinese text. */
export const hanCount = (text: string): number => text.match(HAN)?.length ?? 0;
/** Latin letters: the length measure of English text. */
export const latinCount = (text: string): number => text.match(LATIN)?.length ?? 0;
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/**
 * Whether a block of text is Chinese: most of its letters are Han characters. Digits and
 * punctuation do not count either way.
 */
export function isMostlyHan(text: string): boolean {
  const letters = letterCount(text);
  return letters > 0 && hanCount(text) * 2 > letters;
}

/** Chinese sentence punctuation: a run of Chinese prose has it, an English sentence never does. */
const CHINESE_PUNCTUATION = /[，。；：！？、“”「」《》（）]/u;

/**
 * The language of a page block: "zh" when most letters are Han, and also when it opens in Chinese
 * and is punctuated as Chinese prose (commentary quoting English words, where Latin letters can
 * outnumber Han characters); "en" otherwise when it has Latin letters; undefined for neither.
 */
export function blockLanguage(text: string): "en" | "zh" | undefined {
  if (isMostlyHan(text)) return "zh";
  const opening = text.replace(/^[\s\p{P}\p{S}\d]+/u, "");
  const opensInChinese = /^\p{Script=Han}/u.test(opening);
  const hanRuns = text.match(/\p{Script=Han}{2,}/gu)?.length ?? 0;
  if (opensInChinese && CHINESE_PUNCTUATION.test(text) && hanCount(text) >= 6 && hanRuns >= 2)
    return "zh";
  if (latinCount(text) > 0) return "en";
  return hanCount(text) > 0 ? "zh" : undefined;
}

const SCRIPT_NAMES = [
  "Thai",
  "Cyrillic",
  "Arabic",
  "Hangul",
  "Hiragana",
  "Katakana",
  "Greek",
  "Hebrew",
  "Devanagari",
  "Khmer",
  "Lao",
  "Myanmar",
] as const;

/**
 * When more than a third of the letters are neither Latin nor Han, names the script they are in
 * (or "another script"); otherwise undefined. A bilingual English–Chinese page has no use for them.
 */
export function foreignScript(text: string): string | undefined {
  const letters = letterCount(text);
  if (letters === 0) return undefined;
  const other = letters - hanCount(text) - latinCount(text);
  if (other * 3 <= letters) return undefined;
  let best: string = "another script";
  let bestCount = 0;
  for (const name of SCRIPT_NAMES) {
    const count = text.match(new RegExp(`\\p{Script=${name}}`, "gu"))?.length ?? 0;
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
