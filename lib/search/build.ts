/**
 * Builds the static search index (docs/search.md) from the library: shards of keys → article ids,
 * one small document per article and script for the results, and the Traditional → Simplified fold
 * map. Build time only (jieba-free: keys are words and Han character pairs, see terms.ts).
 */
import { createHash } from "node:crypto";
import { localizeArticle } from "@/lib/content/localize";
import { plainText } from "@/lib/content/markdown";
import type { Article } from "@/lib/content/types";
import { baseFormCandidates } from "@/lib/learning/english";
import { foldMapFor } from "./fold-map";
import {
  type FoldMap,
  hanKeys,
  encodeNumbers,
  type SearchEntry,
  type SearchHit,
  type SearchMeta,
  type SearchShard,
  shardOf,
  tokens,
} from "./terms";

export interface SearchIndex {
  meta: SearchMeta;
  fold: FoldMap;
  shards: SearchShard[];
  /** Per article (by id), what a result row shows for each place: [0] title and summary, [n] pair n. */
  hits: SearchHit[][];
}

/**
 * Keys per shard aimed at: a query fetches one shard per key, and what else the shard holds is
 * downloaded for nothing. With the places of every posting, a common word's entry is kilobytes: one
 * key a shard (about: keys fall in by hash), so a query downloads little besides its own entries.
 */
const KEYS_PER_SHARD = 1;

/** An article's text by place: the Simplified and Traditional renderings side by side. */
interface Texts {
  slug: string;
  date: string;
  section: string;
  /** title and summary: [en, Simplified, Traditional] */
  title: Trio;
  summary: Trio;
  pairs: Trio[];
}

type Trio = [string, string, string];

export function buildSearchIndex(articles: Article[]): SearchIndex {
  const texts = articles.map(articleTexts);
  const hanChars = new Set<string>();
  const phrasePairs: [string, string][] = [];
  for (const article of texts) {
    for (const [, hans, hant] of [article.title, article.summary, ...article.pairs]) {
      for (const char of hans) hanChars.add(char);
      phrasePairs.push([hans, hant]);
    }
  }
  const fold = foldMapFor(hanChars, phrasePairs);

  // key → article id → the places (bit 0: title or summary, bit n: pair n) where the key occurs;
  // ids ascending, as they are assigned. English words also remember their forms.
  const postings = new Map<string, Map<number, Mask>>();
  const formsOfBase = new Map<string, Set<string>>();
  const basesOfForm = new Map<string, string[]>();
  const post = (key: string, id: number, place: number) => {
    let ids = postings.get(key);
    if (!ids) postings.set(key, (ids = new Map()));
    ids.set(id, withBit(ids.get(id) ?? 0, place));
  };
  texts.forEach((article, id) => {
    const places = [[...article.title, ...article.summary], ...article.pairs];
    places.forEach((placeTexts, place) => {
      // The Traditional text too: its Taiwan wording (網路 for 网络) folds to keys of its own.
      for (const text of placeTexts) {
        for (const token of tokens(text, fold)) {
          if (token.han) {
            for (const key of hanKeys(token.text, false)) post(key, id, place);
            continue;
          }
          let bases = basesOfForm.get(token.text);
          if (!bases) {
            bases = /^\p{N}+$/u.test(token.text) ? [token.text] : baseFormCandidates(token.text);
            basesOfForm.set(token.text, bases);
          }
          for (const base of bases) {
            post(`=${base}`, id, place);
            let forms = formsOfBase.get(base);
            if (!forms) formsOfBase.set(base, (forms = new Set()));
            forms.add(token.text);
          }
        }
      }
    });
  });

  // An English key is a written form or a base form; its entry holds every article with any word
  // sharing a base form with it (libraries → library, libraries), so a query needs no lemmatizer.
  const entries = new Map<string, SearchEntry>();
  for (const [key, ids] of postings) if (!key.startsWith("=")) entries.set(key, entry(ids));
  const englishKeys = new Set([...basesOfForm.keys(), ...formsOfBase.keys()]);
  for (const key of englishKeys) {
    const bases = basesOfForm.get(key) ?? [key];
    const ids = new Map<number, Mask>();
    const forms = new Set<string>();
    for (const base of new Set([...bases, key])) {
      for (const [id, mask] of postings.get(`=${base}`) ?? []) ids.set(id, or(ids.get(id), mask));
      for (const form of formsOfBase.get(base) ?? []) forms.add(form);
    }
    if (ids.size > 0) entries.set(key, { ...entry(ids), f: [...forms].sort() });
  }

  const shardCount = Math.max(1, 2 ** Math.ceil(Math.log2(entries.size / KEYS_PER_SHARD)));
  const shards: SearchShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [key, value] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    shards[shardOf(key, shardCount)]![key] = value;
  }
  const hits = texts.map((article) =>
    [article.summary, ...article.pairs].map((text): SearchHit => ({
      s: article.slug,
      d: article.date,
      c: article.section,
      t: article.title,
      x: text,
    })),
  );
  const hash = createHash("sha256");
  hash.update(JSON.stringify(fold));
  for (const shard of shards) hash.update(JSON.stringify(shard));
  for (const article of hits) hash.update(JSON.stringify(article));
  const meta: SearchMeta = {
    version: hash.digest("hex").slice(0, 12),
    shards: shardCount,
    articles: articles.length,
  };
  return { meta, fold, shards, hits };
}

/** A set of places as bits: a number while it fits (pairs up to 52, as good as every article), past that a bigint. */
type Mask = number | bigint;

function withBit(mask: Mask, bit: number): Mask {
  if (typeof mask === "number" && bit < 31 && mask < 2 ** 31) return mask | (1 << bit);
  return small(BigInt(mask) | (1n << BigInt(bit)));
}

function or(a: Mask | undefined, b: Mask): Mask {
  if (a === undefined) return b;
  if (typeof a === "number" && typeof b === "number" && a < 2 ** 31 && b < 2 ** 31) return a | b;
  return small(BigInt(a) | BigInt(b));
}

function small(mask: bigint): Mask {
  return mask < 2n ** 53n ? Number(mask) : mask;
}

function entry(postings: Map<number, Mask>): SearchEntry {
  const sorted = [...postings.keys()].sort((a, b) => a - b);
  return {
    g: encodeNumbers(sorted.map((id, i) => (i === 0 ? id : id - sorted[i - 1]!))),
    m: encodeNumbers(sorted.map((id) => postings.get(id)!)),
  };
}

function articleTexts(stored: Article): Texts {
  const hant = localizeArticle(stored, "zh-Hant");
  return {
    slug: stored.slug,
    date: stored.date,
    section: stored.section,
    title: [stored.title.en, stored.title.zh, hant.title.zh],
    summary: [stored.summary.en, stored.summary.zh, hant.summary.zh],
    pairs: stored.pairs.map((pair, i) => [
      plainText(pair.en),
      plainText(pair.zh),
      plainText(hant.pairs[i]!.zh),
    ]),
  };
}
