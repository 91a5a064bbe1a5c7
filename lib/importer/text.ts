import { isMostlyHan } from "@/lib/chinese/script";

const LETTER = /\p{L}/gu;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

const CJK = "\\p{Script=Han}，。、：；！？（）《》「」—…";
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, "gu");

/** One line of text: whitespace runs become one space, and none is left between Chinese characters. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, " ").replace(SPACE_BETWEEN_CJK, "$1").trim();
}

/** A short, one-line form of a block for reports. */
export function shorten(text: string, max = 70): string {
  const one = collapse(text);
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
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
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return undefined;
  const known = (text.match(HAN)?.length ?? 0) + (text.match(LATIN)?.length ?? 0);
  const other = letters - known;
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

export { isMostlyHan };

/** The first sentence of an English text. */
export function firstEnglishSentence(text: string): string {
  const match = collapse(text).match(/^.+?[.!?]["”’']?(?=\s+["“‘']?[A-Z0-9]|$)/u);
  return (match?.[0] ?? collapse(text)).trim();
}

/** The first sentence of a Chinese text (up to and including 。！？ and a closing quote). */
export function firstChineseSentence(text: string): string {
  const match = collapse(text).match(/^.+?[。！？!?][”’」』]?/u);
  return (match?.[0] ?? collapse(text)).trim();
}

/** A slug from an English title: lowercase letters, digits and hyphens, at most `max` characters. */
export function slugify(title: string, max = 60): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, "");
}

/**
 * Splits a one-line bilingual title ("English 中文" or "中文 English") into its halves, or
 * returns undefined when the line is in one language.
 */
export function splitBilingualTitle(line: string): { en: string; zh: string } | undefined {
  const text = collapse(line);
  const firstHan = text.search(/\p{Script=Han}/u);
  if (firstHan === -1) return undefined;
  const trim = (part: string) => part.replace(/^[\s|/\-–—:：·]+|[\s|/\-–—:：·]+$/gu, "");
  // English first: the Chinese half starts at the first Han character.
  const en = trim(text.slice(0, firstHan));
  const zh = trim(text.slice(firstHan));
  if (
    /[A-Za-z]{2}/.test(en) &&
    isMostlyHan(zh) &&
    !/[A-Za-z]{3}/.test(zh.replace(/[A-Z0-9]{2,}/g, ""))
  ) {
    return { en, zh };
  }
  // Chinese first: the English half starts at the last run of Latin words after the Han text.
  const lastHan = [...text].reduce(
    (last, char, index) => (/\p{Script=Han}/u.test(char) ? index : last),
    -1,
  );
  const chars = [...text];
  const zh2 = trim(chars.slice(0, lastHan + 1).join(""));
  const en2 = trim(
    chars
      .slice(lastHan + 1)
      .join("")
      .replace(/^[”」』）)]+/u, ""),
  );
  if (firstHan === 0 && /[A-Za-z]{2}/.test(en2) && isMostlyHan(zh2)) return { en: en2, zh: zh2 };
  return undefined;
}

/** `YYYY-MM-DD` from the first date-like text, or undefined. Only real calendar dates count. */
export function findDate(text: string): string | undefined {
  const patterns = [
    /(\d{4})-(\d{1,2})-(\d{1,2})/g,
    /(\d{4})年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    /(\d{4})\/(\d{1,2})\/(\d{1,2})/g,
  ];
  let best: { index: number; date: string } | undefined;
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const date = isoDate(match[1]!, match[2]!, match[3]!);
      if (date && (!best || match.index < best.index)) best = { index: match.index, date };
    }
  }
  return best?.date;
}

export function isoDate(year: string, month: string, day: string): string | undefined {
  const value = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
    ? value
    : undefined;
}
