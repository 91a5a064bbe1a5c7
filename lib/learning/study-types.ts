/**
 * The per-article learning data ("study data") the browser fetches the first time a learning feature
 * is used: readings, glosses and the sentence map of every paragraph pair. Built by study-data.ts at
 * build time, served as `/study/{hans|hant}/{slug}.json`. Compact on purpose (at most 45 KB gzip for an
 * eleven-pair article, levels included); see docs/learning.md for the format. No Node imports: the browser uses these types.
 */
import type { ChineseScript } from "@/i18n/locales";

export const STUDY_DATA_VERSION = 1;

/** Which Chinese script the offsets and forms are for: the page's `lang` (zh-Hans or zh-Hant). */
export type StudyScript = ChineseScript;

export interface StudyData {
  v: typeof STUDY_DATA_VERSION;
  slug: string;
  script: StudyScript;
  /** Chinese words the article uses, or that an English word's equivalents name. */
  words: StudyWord[];
  /** English base forms the article's English words have. */
  lemmas: StudyLemma[];
  pairs: StudyPair[];
}

export interface StudyWord {
  /** Simplified form. */
  s: string;
  /** Traditional form, when it differs from the Simplified one. */
  t?: string;
  /**
   * Readings (tone marks) with their CC-CEDICT meanings, common readings first. Words that only an
   * English word's equivalents name carry their first reading and no meanings.
   */
  r: [reading: string, meanings: string[]][];
  /** A word CC-CEDICT lacks: its characters' words (indexes into `words`), to define it character by character. */
  c?: number[];
  /** HSK 3.0 level, 1–6, or 7 for the band 7–9; absent when the word is not on the list. */
  h?: number;
  /** HSK 2.0 level, 1–6, where that list has the word. */
  h2?: number;
}

export interface StudyLemma {
  /** The base form: "run" for ran, "city" for cities. */
  l: string;
  /** Chinese equivalents, best first (indexes into `words`). */
  z: number[];
  /** CEFR level, 1 (A1) to 6 (C2); absent when the base form is not on the list. */
  e?: number;
  /** CET mark: 4 (on the CET-4 list) or 6 (only on the CET-6 list); absent when on neither. */
  c?: 4 | 6;
}

/**
 * A Chinese token: `[length]` for text that is no word (punctuation, digits, Latin), or
 * `[length, word, reading]`: a word (index into `words`) and its reading in this context, in tone marks.
 * Lengths are UTF-16 code units of the page's text, in order, text node after text node.
 */
export type ZhToken = [length: number] | [length: number, word: number, reading: string];

/**
 * An English word: where it starts in the paragraph's text, its length, its base form (index into
 * `lemmas`) and the Chinese token (index into `zh`) it lights up in the aligned sentence, or -1.
 */
export type EnToken = [start: number, length: number, lemma: number, lit: number];

export interface StudyPair {
  /** The pair's number: `#p{n}`. */
  n: number;
  zh: ZhToken[];
  en: EnToken[];
  /** English sentences as [start, end) offsets into the paragraph's text. */
  es: [number, number][];
  /** Chinese sentences, likewise. */
  zs: [number, number][];
  /** Sentence alignment: each bead lists English and Chinese sentence indexes (either may be empty). */
  b: [en: number[], zh: number[]][];
}
