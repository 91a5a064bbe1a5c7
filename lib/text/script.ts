/**
 * Which writing system a piece of text is in. The content format decides a paragraph's language
 * by its letters (docs/contracts.md, "Content files"), and the editor tools decide a page block's
 * language the same way, with one refinement for Chinese commentary that quotes English words.
 */

const LETTER = /\p{L}/gu;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
/**
 * The Han script as a regular-expression class body, for patterns that mix it with other characters
 * (a keyword line "气候变化 climate change"). Everything else should call the functions below.
 */
export const HAN_SCRIPT = "\\p{Script=Han}";
const HAN_CHAR = /\p{Script=Han}/u;
const HAN_WORD = /^\p{Script=Han}+$/u;
const HAN_RUNS = /\p{Script=Han}{2,}/gu;
const FULL_WIDTH =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u2e80-\u2fdf]/u;

export const letterCount = (text: string): number => text.match(LETTER)?.length ?? 0;
/** Han characters: the length measure of Chinese text. */
export const hanCount = (text: string): number => text.match(HAN)?.length ?? 0;
/** Latin letters: the length measure of English text. */
export const latinCount = (text: string): number => text.match(LATIN)?.length ?? 0;
export const hasHan = (text: string): boolean => HAN_CHAR.test(text);
/** Whether a text is one or more Han characters and nothing else (a Chinese word: 银行, 行). */
export const isHanWord = (text: string): boolean => HAN_WORD.test(text);
/** Runs of two or more Han characters: Chinese prose has several, an English line quoting a word one. */
export const hanRunCount = (text: string): number => text.match(HAN_RUNS)?.length ?? 0;
/** Index (UTF-16) of the first Han character, or -1. */
export const firstHanIndex = (text: string): number => text.search(HAN_CHAR);
/** The Han characters of a text, in order. */
export const hanCharacters = (text: string): string[] => text.match(HAN)?.slice() ?? [];

/**
 * A character a card draws two half-widths wide: Han, kana, CJK symbols and punctuation, full-width
 * forms and radicals.
 */
export const isFullWidth = (char: string): boolean => FULL_WIDTH.test(char);

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
/** The stops and commas only: curly quotes and brackets also occur in English around a quoted word. */
const CHINESE_STOPS = /[，。；：！？、]/u;

/** Chinese prose: at least six Han characters in two or more runs, punctuated as Chinese. */
function holdsChineseProse(text: string, punctuation: RegExp): boolean {
  return punctuation.test(text) && hanCount(text) >= 6 && hanRunCount(text) >= 2;
}

/**
 * The language of a page block: "zh" when most letters are Han, and also when it opens in Chinese
 * and is punctuated as Chinese prose (commentary quoting English words, where Latin letters can
 * outnumber Han characters); "en" otherwise when it has Latin letters; undefined for neither.
 *
 * `proseAnywhere`: for one line of a bilingual page, whose English paragraphs hold no Chinese prose,
 * a line holding Chinese prose (stops and commas, not just quotes) is Chinese even when it opens
 * with the English word it explains: "Maiden这个词来源于maid，本意指……".
 */
export function blockLanguage(
  text: string,
  { proseAnywhere = false }: { proseAnywhere?: boolean } = {},
): "en" | "zh" | undefined {
  if (isMostlyHan(text)) return "zh";
  const opening = text.replace(/^[\s\p{P}\p{S}\d]+/u, "");
  if (/^\p{Script=Han}/u.test(opening) && holdsChineseProse(text, CHINESE_PUNCTUATION)) return "zh";
  if (latinCount(text) > 0)
    return proseAnywhere && holdsChineseProse(text, CHINESE_STOPS) ? "zh" : "en";
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
