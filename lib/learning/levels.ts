/**
 * Word levels and article levels, at build time (docs/learning.md, "Levels"). Chinese words carry their
 * HSK 3.0 level (1–6, and 7 for the band 7–9) and their HSK 2.0 level (1–6) where that list has them;
 * English base forms a CEFR level (A1–C2) and a CET mark (CET-4, or CET-6 for a word only on that list).
 * The lists are vendored in data/word-levels/ (sources and
 * licences in LICENSES.md there); nothing is fetched.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { lookUp } from "@/lib/chinese/dictionary";
import { segmentChinese } from "@/lib/chinese/segment";
import { isHanWord } from "@/lib/text";
import { plainText } from "@/lib/content/markdown";
import type { Article } from "@/lib/content/types";
import { getArticle } from "@/lib/content/load";
import { baseFormCandidates, englishWords } from "./english";
import { CEFR_LEVELS, type CefrLevel } from "./level-labels";

export { cefrLabel, hskLabel } from "./level-labels";
/** HSK 3.0 levels as numbers; 7 is the band 7–9 (HSK does not split it). */
export const HSK_LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Lists {
  hsk: Map<string, { hsk3?: number; hsk2?: number }>;
  cefr: Map<string, number>;
  cet: Map<string, 4 | 6>;
}
let lists: Lists | undefined;

function load(): Lists {
  if (lists) return lists;
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "data", "word-levels");
  const rows = (file: string) =>
    readFileSync(path.join(dir, file), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"))
      .map((line) => line.split("\t"));
  const hsk = new Map<string, { hsk3?: number; hsk2?: number }>();
  for (const [word = "", hsk3 = "", hsk2 = ""] of rows("hsk.tsv")) {
    hsk.set(word, {
      ...(hsk3 ? { hsk3: Number(hsk3) } : {}),
      ...(hsk2 ? { hsk2: Number(hsk2) } : {}),
    });
  }
  const cefr = new Map<string, number>();
  for (const [word = "", level = ""] of rows("cefr.tsv")) {
    cefr.set(word, CEFR_LEVELS.indexOf(level as CefrLevel) + 1);
  }
  const cet = new Map<string, 4 | 6>();
  for (const [word = "", mark = ""] of rows("cet.tsv")) {
    if (mark === "4" || mark === "6") cet.set(word, mark === "4" ? 4 : 6);
  }
  return (lists = { hsk, cefr, cet });
}

/** A Chinese word's HSK levels (Simplified form), if it is on either list. */
export function hskLevels(simplified: string): { hsk3?: number; hsk2?: number } {
  return load().hsk.get(simplified) ?? {};
}

/** An English base form's CEFR level, 1 (A1) to 6 (C2), if the list has it. */
export function cefrLevel(lemma: string): number | undefined {
  return load().cefr.get(lemma.toLowerCase());
}

/** An English base form's CET mark: 4 (on the CET-4 list) or 6 (only on the CET-6 list), if either has it. */
export function cetMark(lemma: string): 4 | 6 | undefined {
  return load().cet.get(lemma.toLowerCase());
}

/** The CEFR level of a word as written: its first base form the list knows, else the word itself. */
export function cefrOfWritten(word: string): number | undefined {
  for (const form of baseFormCandidates(word)) {
    const level = cefrLevel(form);
    if (level !== undefined) return level;
  }
  return undefined;
}

/**
 * The share of running words at which a level counts as the article's. News text is hard: at 90 % the
 * sample articles were all HSK 7–9 (one HSK 6); at 85 % they spread over HSK 5–7–9 and A2–B1, which
 * is what a filter needs. The shares themselves are shown too (docs/learning.md, "Levels").
 */
export const COVERAGE = 0.85;

export interface ArticleLevel {
  /** HSK 3.0 level 1–7 (7: the band 7–9), or 8 when even 7–9 covers less than COVERAGE. */
  hsk: number;
  /** CEFR 1 (A1) – 6 (C2), or 7 when even C2 covers less than COVERAGE. */
  cefr: number;
  /** Share of the Chinese words (running, not distinct) at or below HSK 1…7, in percent. */
  hskShares: number[];
  /** Share of the English words at or below A1…C2, in percent. */
  cefrShares: number[];
}

const cache = new Map<string, ArticleLevel>();

/**
 * An article's level, from the words of its paragraphs: the lowest level at or below which COVERAGE of
 * its running words are. Names (CC-CEDICT marks them; capitalised English words not on the list) and
 * numbers are left out; a word on no list counts as above the top level.
 */
export function articleLevel(article: Article): ArticleLevel {
  const key = `${article.slug}|${article.date}`;
  const known = cache.get(key);
  if (known) return known;
  const hskCounts = new Array<number>(9).fill(0);
  const cefrCounts = new Array<number>(8).fill(0);
  for (const pair of article.pairs) {
    for (const token of segmentChinese(plainText(pair.zh))) {
      if (!isHanWord(token)) continue;
      const level = hskLevels(token).hsk3 ?? compoundLevel(token);
      if (level === undefined && isName(token)) continue;
      hskCounts[level ?? 8]! += 1;
    }
    for (const { text } of englishWords(plainText(pair.en))) {
      const level = cefrOfWritten(text);
      if (level === undefined && /^\p{Lu}/u.test(text)) continue;
      cefrCounts[level ?? 7]! += 1;
    }
  }
  const hsk = levelOf(hskCounts, 7);
  const cefr = levelOf(cefrCounts, 6);
  const result: ArticleLevel = {
    hsk: hsk.level,
    cefr: cefr.level,
    hskShares: hsk.shares,
    cefrShares: cefr.shares,
  };
  cache.set(key, result);
  return result;
}

function levelOf(counts: number[], top: number): { level: number; shares: number[] } {
  const total = counts.reduce((sum, count) => sum + count, 0) || 1;
  const shares: number[] = [];
  let running = 0;
  for (let level = 1; level <= top; level++) {
    running += counts[level]!;
    shares.push(Math.round((running / total) * 100));
  }
  const index = shares.findIndex((share) => share >= COVERAGE * 100);
  return { level: index === -1 ? top + 1 : index + 1, shares };
}

/**
 * A word the list lacks, read as the list's words it is made of (县图书馆 → 县 + 图书馆; longest first):
 * its level is its hardest part's. Undefined when it cannot be split into listed words.
 */
function compoundLevel(word: string): number | undefined {
  const chars = [...word];
  let level = 0;
  for (let at = 0; at < chars.length;) {
    let found = 0;
    for (let end = chars.length; end > at; end--) {
      const part = hskLevels(chars.slice(at, end).join("")).hsk3;
      if (part !== undefined) {
        level = Math.max(level, part);
        found = end - at;
        break;
      }
    }
    if (found === 0) return undefined;
    at += found;
  }
  return level || undefined;
}

function isName(word: string): boolean {
  const entries = lookUp(word);
  return entries.length > 0 && entries.every((entry) => entry.proper);
}

/** The level of a stored article by its slug (a page may hold it converted to Traditional). */
export function articleLevelOf(slug: string): ArticleLevel | undefined {
  const article = getArticle(slug);
  return article && articleLevel(article);
}
