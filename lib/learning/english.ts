/**
 * English words of a paragraph, their base forms and their Chinese equivalents, at build time.
 * Base forms come from wink-lemmatizer (WordNet's exception lists and Morphy rules, MIT): ran → run,
 * cities → city, taught → teach. When a word could come from several base forms (saw: see or saw), the
 * one whose Chinese equivalents occur in the aligned Chinese sentence wins, then the verb, noun, adjective.
 */
import lemmatizer from "wink-lemmatizer";
import { equivalentsOf } from "@/lib/chinese/dictionary";

/** One English word in a text: where it starts (UTF-16 offset), the word as written. */
export interface EnglishWord {
  start: number;
  text: string;
}

/** Words: letters with inner apostrophes or hyphens (don't, well-known); numbers are not words here. */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

export function englishWords(text: string): EnglishWord[] {
  return [...text.matchAll(WORD)].map((match) => ({ start: match.index, text: match[0] }));
}

/** Forms a written word may be inflected from, most likely first; the lower-cased word itself is last. */
export function baseFormCandidates(word: string): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const possessive = lower.replace(/'s$/, "");
  const forms = [
    lemmatizer.verb(possessive),
    lemmatizer.noun(possessive),
    lemmatizer.adjective(possessive),
  ].filter((form) => form !== possessive);
  return [...new Set([...forms, possessive])];
}

/**
 * The base form to show for a word, and its Chinese equivalents (Simplified, best first). `inSentence`
 * says whether a Chinese word occurs in the aligned Chinese sentence: base forms with an equivalent there
 * win (saw → see when 看见 is there).
 */
export function baseFormOf(
  word: string,
  inSentence: (chinese: string) => boolean = () => false,
): { lemma: string; equivalents: string[] } {
  const candidates = baseFormCandidates(word);
  const written = candidates.at(-1)!;
  // Plurals used as words of their own (data, not datum) stay as written.
  const keepWritten = KEPT_PLURALS.has(written);
  const scored = candidates.map((lemma, rank) => {
    const equivalents = equivalentsOf(lemma, { limit: EQUIVALENTS_KEPT }).map((e) => e.simplified);
    const present = equivalents.some(inSentence);
    const known = equivalents.length > 0;
    const order = lemma === written && known && keepWritten ? -0.5 : rank;
    return { lemma, equivalents, score: (present ? 0 : 10) + (known ? 0 : 5) + order };
  });
  scored.sort((a, b) => a.score - b.score);
  const best = scored[0]!;
  return { lemma: best.lemma, equivalents: best.equivalents };
}

/** Plurals English uses as words of their own: the base form would mislead (data is not datum). */
const KEPT_PLURALS = new Set([
  "data",
  "media",
  "news",
  "goods",
  "arms",
  "means",
  "series",
  "species",
  "glasses",
]);

/** How many Chinese equivalents an English word keeps (and ships): enough to find one in the sentence. */
export const EQUIVALENTS_KEPT = 8;

/** Function words: no Chinese word answers to them, and lighting one up would mislead. */
export const STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from as is are was were be been being am do does did " +
    "has have had it its this that these those he she they we you i me him her them us my your his our their " +
    "not no so than then there here which who whom whose what when where why how all any each both either " +
    "neither some such very can could will would shall should may might must also just only into onto over " +
    "under about up down out off s t don't doesn't didn't can't won't isn't aren't wasn't weren't it's"
  ).split(" "),
);
