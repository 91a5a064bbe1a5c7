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
  type SearchDoc,
  type SearchEntry,
  type SearchMeta,
  type SearchShard,
  shardOf,
  tokens,
} from "./terms";

export interface SearchIndex {
  meta: SearchMeta;
  fold: FoldMap;
  shards: SearchShard[];
  docs: { hans: SearchDoc[]; hant: SearchDoc[] };
}

/** Keys per shard aimed at: a query fetches one shard per key, so fewer keys per shard, fewer bytes. */
const KEYS_PER_SHARD = 8;

export function buildSearchIndex(articles: Article[]): SearchIndex {
  const docs = {
    hans: articles.map((article) => searchDoc(article, false)),
    hant: articles.map((article) => searchDoc(article, true)),
  };
  const hanChars = new Set<string>();
  const phrasePairs: [string, string][] = [];
  docs.hans.forEach((doc, id) => {
    const hant = docs.hant[id]!;
    for (const [i, text] of zhTexts(doc).entries()) {
      for (const char of text) hanChars.add(char);
      phrasePairs.push([text, zhTexts(hant)[i]!]);
    }
  });
  const fold = foldMapFor(hanChars, phrasePairs);

  // key → article ids (ascending, as ids are assigned); English words also remember their forms.
  const postings = new Map<string, Set<number>>();
  const formsOfBase = new Map<string, Set<string>>();
  const basesOfForm = new Map<string, string[]>();
  const post = (key: string, id: number) => {
    let ids = postings.get(key);
    if (!ids) postings.set(key, (ids = new Set()));
    ids.add(id);
  };
  docs.hans.forEach((doc, id) => {
    // The Traditional text too: its Taiwan wording (網路 for 网络) folds to keys of its own.
    const texts = [...allTexts(doc), ...zhTexts(docs.hant[id]!)];
    for (const text of texts) {
      for (const token of tokens(text, fold)) {
        if (token.han) {
          for (const key of hanKeys(token.text, false)) post(key, id);
          continue;
        }
        let bases = basesOfForm.get(token.text);
        if (!bases) {
          bases = /^\p{N}+$/u.test(token.text) ? [token.text] : baseFormCandidates(token.text);
          basesOfForm.set(token.text, bases);
        }
        for (const base of bases) {
          post(`=${base}`, id);
          let forms = formsOfBase.get(base);
          if (!forms) formsOfBase.set(base, (forms = new Set()));
          forms.add(token.text);
        }
      }
    }
  });

  // An English key is a written form or a base form; its entry holds every article with any word
  // sharing a base form with it (libraries → library, libraries), so a query needs no lemmatizer.
  const entries = new Map<string, SearchEntry>();
  for (const [key, ids] of postings) if (!key.startsWith("=")) entries.set(key, entry(ids));
  const englishKeys = new Set([...basesOfForm.keys(), ...formsOfBase.keys()]);
  for (const key of englishKeys) {
    const bases = basesOfForm.get(key) ?? [key];
    const ids = new Set<number>();
    const forms = new Set<string>();
    for (const base of new Set([...bases, key])) {
      for (const id of postings.get(`=${base}`) ?? []) ids.add(id);
      for (const form of formsOfBase.get(base) ?? []) forms.add(form);
    }
    if (ids.size > 0) entries.set(key, { ...entry(ids), f: [...forms].sort() });
  }

  const shardCount = Math.max(1, 2 ** Math.ceil(Math.log2(entries.size / KEYS_PER_SHARD)));
  const shards: SearchShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [key, value] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    shards[shardOf(key, shardCount)]![key] = value;
  }
  const hash = createHash("sha256");
  hash.update(JSON.stringify(fold));
  for (const shard of shards) hash.update(JSON.stringify(shard));
  for (const doc of docs.hant) hash.update(JSON.stringify(doc));
  for (const doc of docs.hans) hash.update(JSON.stringify(doc));
  const meta: SearchMeta = {
    version: hash.digest("hex").slice(0, 12),
    shards: shardCount,
    articles: articles.length,
  };
  return { meta, fold, shards, docs };
}

function entry(ids: Set<number>): SearchEntry {
  const sorted = [...ids].sort((a, b) => a - b);
  return { g: sorted.map((id, i) => (i === 0 ? id : id - sorted[i - 1]!)) };
}

function searchDoc(stored: Article, traditional: boolean): SearchDoc {
  const article = traditional ? localizeArticle(stored, "zh-Hant") : stored;
  return {
    s: article.slug,
    d: article.date,
    c: article.section,
    t: [article.title.en, article.title.zh],
    u: [article.summary.en, article.summary.zh],
    p: article.pairs.map((pair) => [plainText(pair.en), plainText(pair.zh)]),
  };
}

function zhTexts(doc: SearchDoc): string[] {
  return [doc.t[1], doc.u[1], ...doc.p.map(([, zh]) => zh)];
}

function allTexts(doc: SearchDoc): string[] {
  return [...doc.t, ...doc.u, ...doc.p.flat()];
}
