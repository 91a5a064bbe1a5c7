/**
 * The search index's terms, the same at build time (lib/search/build.ts) and in the browser
 * (lib/search/client.ts), so a query is cut exactly as the text was. No dictionaries here: this file
 * ships to the search page. How the index works and why: docs/search.md.
 */
import { HAN_SCRIPT, hasHan } from "@/lib/text/script";

/** Traditional → Simplified, one UTF-16 unit to one (built from OpenCC at build time: fold-map.ts). */
export type FoldMap = Record<string, string>;

/** Folds Traditional characters to Simplified one by one; the length never changes, so offsets hold. */
export function fold(text: string, map: FoldMap): string {
  let out = "";
  for (const char of text) out += map[char] ?? char;
  return out;
}

/** Latin words and numbers (inner apostrophes kept: don't), or runs of Han characters. */
const TOKEN = new RegExp(`(${HAN_SCRIPT}+)|([\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*)`, "gu");

export interface Token {
  /** A Han run (folded) or a lower-cased word. */
  text: string;
  han: boolean;
  start: number;
  /** Length as written (UTF-16 units). */
  length: number;
}

export function tokens(text: string, map: FoldMap): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const han = match[1] !== undefined;
    const raw = match[0];
    out.push({
      text: han ? fold(raw, map) : normalizeWord(raw),
      han,
      start: match.index,
      length: raw.length,
    });
  }
  return out;
}

/** A word as the index keys it: lower case, straight apostrophe, no possessive 's. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, "");
}

/**
 * The keys a folded Han run is indexed under: each character and each pair of neighbours. A query
 * of two or more characters looks up its pairs (all must match); a one-character query, the character.
 * Pairs need no word list in the browser and match across any segmentation (图书馆 → 图书, 书馆).
 */
export function hanKeys(run: string, forQuery: boolean): string[] {
  const chars = [...run];
  if (forQuery && chars.length === 1) return chars;
  const keys = forQuery ? [] : [...chars];
  for (let i = 0; i + 1 < chars.length; i++) keys.push(chars[i]! + chars[i + 1]!);
  return keys;
}

export function isHan(text: string): boolean {
  return hasHan(text);
}

/**
 * Base forms a query word may be inflected from, by English's regular rules, for words the library
 * never uses as written (the index has an entry for every written form and base form it holds).
 */
export function regularBaseForms(word: string): string[] {
  const forms = new Set<string>();
  const rules: [RegExp, string][] = [
    [/ies$/, "y"],
    [/ves$/, "f"],
    [/ves$/, "fe"],
    [/(ch|sh|x|ss|z|o)es$/, "$1"],
    [/s$/, ""],
    [/ied$/, "y"],
    [/([^aeiou])\1ed$/, "$1"],
    [/ed$/, "e"],
    [/ed$/, ""],
    [/([^aeiou])\1ing$/, "$1"],
    [/ing$/, "e"],
    [/ing$/, ""],
    [/ier$/, "y"],
    [/iest$/, "y"],
    [/er$/, ""],
    [/est$/, ""],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(word) && word.length > 3) forms.add(word.replace(pattern, replacement));
  }
  forms.delete(word);
  return [...forms];
}

/** FNV-1a over UTF-16 units: which shard file holds a key. */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** The index's description, `/search-index/meta.json`. */
export interface SearchMeta {
  /** Changes with every index built: shard and document URLs carry it, so caches never mix two. */
  version: string;
  shards: number;
  articles: number;
}

/**
 * One key's entry in a shard: the articles that have it and where, and the written forms to mark.
 * The two lists are strings of numbers (`encodeNumbers`): a tenth of the bytes of JSON arrays for the
 * long lists of common words, parsed as one string, and only the query's own keys are ever decoded.
 */
export interface SearchEntry {
  /** Gaps between article ids, ascending (ids are newest first): 3, 1, 4 is articles 3, 4, 8. */
  g: string;
  /**
   * For each id, the places the key occurs as bits: bit 0 the title or summary, bit n pair n (1-based,
   * as `#p{n}`). Any number of bits (`placesAt`).
   */
  m: string;
  /** English: the written forms (lower case) of this word's base forms, for marking matches. */
  f?: string[];
}

/**
 * Numbers as text, five bits a character, most significant first: `A`–`f` are a number's last
 * character (0–31), `g`–`_` one with more to follow. No character needs escaping in JSON.
 */
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const DIGIT_VALUE = new Map([...DIGITS].map((char, i) => [char.charCodeAt(0), i]));

export function encodeNumbers(values: (number | bigint)[]): string {
  let out = "";
  for (const value of values) {
    if (typeof value === "bigint") {
      let digits = DIGITS[Number(value % 32n)]!;
      for (let rest = value / 32n; rest > 0n; rest /= 32n)
        digits = DIGITS[32 + Number(rest % 32n)]! + digits;
      out += digits;
      continue;
    }
    let digits = DIGITS[value % 32]!;
    for (let rest = Math.floor(value / 32); rest > 0; rest = Math.floor(rest / 32))
      digits = DIGITS[32 + (rest % 32)]! + digits;
    out += digits;
  }
  return out;
}

/** The numbers of `encodeNumbers`, each below 2^53. */
export function decodeNumbers(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = DIGIT_VALUE.get(text.charCodeAt(i))!;
    if (digit >= 32) value = value * 32 + digit - 32;
    else {
      out.push(value * 32 + digit);
      value = 0;
    }
  }
  return out;
}

/** Where each number of an `encodeNumbers` text starts (its first character). */
export function numberStarts(text: string): number[] {
  const starts: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (DIGIT_VALUE.get(text.charCodeAt(i))! < 32) {
      starts.push(start);
      start = i + 1;
    }
  }
  return starts;
}

/** The set bits, lowest first, of the number of an `encodeNumbers` text starting at `start`: any size. */
export function bitsAt(text: string, start: number): number[] {
  let end = start;
  while (DIGIT_VALUE.get(text.charCodeAt(end))! >= 32) end++;
  const bits: number[] = [];
  for (let i = end; i >= start; i--) {
    const digit = DIGIT_VALUE.get(text.charCodeAt(i))! % 32;
    for (let bit = 0; bit < 5; bit++) if (digit & (1 << bit)) bits.push((end - i) * 5 + bit);
  }
  return bits;
}

export type SearchShard = Record<string, SearchEntry>;

/**
 * What one result row shows, `/search-index/{version}/hit/{id}/{n}.json`: n is the pair (1-based), or
 * 0 for an article whose match is only in its title or summary. Both scripts in one file.
 */
export interface SearchHit {
  /** slug, date, section */
  s: string;
  d: string;
  c: string;
  /** The title, and the pair's text (the summary for n = 0): [en, Simplified, Traditional]. */
  t: [string, string, string];
  x: [string, string, string];
}
