/**
 * Searching the static index in the browser (docs/search.md): parse the query into the index's keys,
 * fetch one shard per key (in parallel, each once), intersect the article ids, then fetch the
 * documents of the results to show. Pure apart from `fetch`; tested with an index in memory.
 */
import {
  type FoldMap,
  fold,
  hanKeys,
  isHan,
  regularBaseForms,
  type SearchDoc,
  type SearchEntry,
  type SearchMeta,
  type SearchShard,
  shardOf,
  tokens,
} from "./terms";

export type QueryTerm =
  { kind: "han"; text: string; keys: string[] } | { kind: "word"; text: string; keys: string[] };

/** The terms of a query: Han runs (folded to Simplified) and words with their regular base forms. */
export function parseQuery(query: string, map: FoldMap): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const token of tokens(query, map)) {
    if (seen.has(token.text)) continue;
    seen.add(token.text);
    terms.push(
      token.han
        ? { kind: "han", text: token.text, keys: hanKeys(token.text, true) }
        : { kind: "word", text: token.text, keys: [token.text, ...regularBaseForms(token.text)] },
    );
  }
  return terms;
}

/** A term as matched: the articles that have it and what to mark (Han text, or an English word's forms). */
export interface MatchedTerm {
  kind: "han" | "word";
  text: string;
  forms: string[];
}

export interface SearchResult {
  /** Article ids, newest first. */
  ids: number[];
  terms: MatchedTerm[];
}

type Fetch = (url: string) => Promise<Response>;

export class SearchIndex {
  private metaPromise?: Promise<SearchMeta>;
  private foldPromise?: Promise<FoldMap>;
  private shards = new Map<number, Promise<SearchShard>>();
  private docs = new Map<string, Promise<SearchDoc>>();
  private loaded = new Map<string, SearchDoc>();

  constructor(
    private readonly base = "/search-index",
    private readonly get: Fetch = (url) => fetch(url),
  ) {}

  private async json<T>(url: string): Promise<T> {
    const response = await this.get(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  meta(): Promise<SearchMeta> {
    this.metaPromise ??= this.json<SearchMeta>(`${this.base}/meta.json`).catch((error) => {
      this.metaPromise = undefined;
      throw error;
    });
    return this.metaPromise;
  }

  /** The fold map, fetched the first time a query has Han characters (or ahead of time: `prepare`). */
  foldMap(): Promise<FoldMap> {
    this.foldPromise ??= this.meta()
      .then((meta) => this.json<FoldMap>(`${this.base}/${meta.version}/fold.json`))
      .catch((error) => {
        this.foldPromise = undefined;
        throw error;
      });
    return this.foldPromise;
  }

  private async shard(key: string): Promise<SearchShard> {
    const meta = await this.meta();
    const n = shardOf(key, meta.shards);
    let shard = this.shards.get(n);
    if (!shard) {
      shard = this.json<SearchShard>(`${this.base}/${meta.version}/shard/${n}.json`);
      shard.catch(() => this.shards.delete(n));
      this.shards.set(n, shard);
    }
    return shard;
  }

  private async entry(key: string): Promise<SearchEntry | undefined> {
    return (await this.shard(key))[key];
  }

  async search(query: string): Promise<SearchResult> {
    const map = isHan(query) ? await this.foldMap() : {};
    const terms = parseQuery(query, map);
    const matched = await Promise.all(
      terms.map(async (term): Promise<{ ids: number[]; term: MatchedTerm }> => {
        const entries = await Promise.all(term.keys.map((key) => this.entry(key)));
        if (term.kind === "han") {
          // Every character pair of the run must occur (a one-character run is its own key).
          const lists = entries.map((entry) => (entry ? ids(entry) : []));
          return { ids: intersect(lists), term: { kind: "han", text: term.text, forms: [] } };
        }
        // The word as written, when the library has it (its entry holds all forms of its base forms);
        // else the regular base forms it may come from.
        const [own, ...bases] = entries;
        const found = own ? [own] : bases.filter((entry) => entry !== undefined);
        return {
          ids: union(found.map(ids)),
          term: {
            kind: "word",
            text: term.text,
            forms: [...new Set([term.text, ...found.flatMap((entry) => entry.f ?? [])])],
          },
        };
      }),
    );
    return {
      ids: matched.length === 0 ? [] : intersect(matched.map((m) => m.ids)),
      terms: matched.map((m) => m.term),
    };
  }

  /** A document already fetched, synchronously (so a row can render with it at once), else undefined. */
  loadedDoc(id: number, script: "hans" | "hant"): SearchDoc | undefined {
    return this.loaded.get(`${script}/${id}`);
  }

  doc(id: number, script: "hans" | "hant"): Promise<SearchDoc> {
    const key = `${script}/${id}`;
    let doc = this.docs.get(key);
    if (!doc) {
      doc = this.meta()
        .then((meta) =>
          this.json<SearchDoc>(`${this.base}/${meta.version}/doc/${script}/${id}.json`),
        )
        .then((loaded) => {
          this.loaded.set(key, loaded);
          return loaded;
        });
      doc.catch(() => this.docs.delete(key));
      this.docs.set(key, doc);
    }
    return doc;
  }
}

function ids(entry: SearchEntry): number[] {
  let id = 0;
  return entry.g.map((gap, i) => (id = i === 0 ? gap : id + gap));
}

function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const sets = rest.map((list) => new Set(list));
  return shortest!.filter((id) => sets.every((set) => set.has(id)));
}

function union(lists: number[][]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** `[start, end)` spans of a text to mark for the matched terms, in order, merged where they touch. */
export function markRanges(text: string, terms: MatchedTerm[], map: FoldMap): [number, number][] {
  const ranges: [number, number][] = [];
  const folded = fold(text, map);
  for (const term of terms) {
    if (term.kind !== "han") continue;
    for (let at = folded.indexOf(term.text); at !== -1; at = folded.indexOf(term.text, at + 1)) {
      ranges.push([at, at + term.text.length]);
    }
  }
  const forms = new Set(terms.flatMap((term) => (term.kind === "word" ? term.forms : [])));
  if (forms.size > 0) {
    for (const token of tokens(text, {})) {
      if (!token.han && forms.has(token.text))
        ranges.push([token.start, token.start + token.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Text split into plain and marked parts, for rendering with `<mark>`. */
export function markedParts(
  text: string,
  ranges: [number, number][],
): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/**
 * The pair to show for a result: the one that matches the most terms, then has the most marks, first
 * on a tie; undefined when only the title or summary matched. `n` is 1-based (`#p{n}`).
 */
export function bestPair(doc: SearchDoc, terms: MatchedTerm[], map: FoldMap): number | undefined {
  let best: { n: number; terms: number; marks: number } | undefined;
  doc.p.forEach(([en, zh], i) => {
    let termCount = 0;
    let marks = 0;
    for (const term of terms) {
      const count = markRanges(en, [term], map).length + markRanges(zh, [term], map).length;
      if (count > 0) termCount++;
      marks += count;
    }
    if (
      termCount > 0 &&
      (!best || termCount > best.terms || (termCount === best.terms && marks > best.marks))
    )
      best = { n: i + 1, terms: termCount, marks };
  });
  return best?.n;
}
