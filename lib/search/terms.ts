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

/** One key's entry in a shard: article ids as gaps (ids are newest first), and the written forms to mark. */
export interface SearchEntry {
  /** Gaps between article ids, ascending: [3, 1, 4] is articles 3, 4, 8. */
  g: number[];
  /** English: the written forms (lower case) of this word's base forms, for marking matches. */
  f?: string[];
}

export type SearchShard = Record<string, SearchEntry>;

/** One article as the results show it: `/search-index/{version}/doc/{hans|hant}/{id}.json`. */
export interface SearchDoc {
  /** slug, date, section */
  s: string;
  d: string;
  c: string;
  /** title [en, zh], summary [en, zh], pairs [en, zh][] (zh in the script of the folder) */
  t: [string, string];
  u: [string, string];
  p: [string, string][];
}
