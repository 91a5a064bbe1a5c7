/**
 * Searching the static index in the browser (docs/search.md): parse the query into the index's keys,
 * fetch one shard per key (in parallel, each once), intersect the article ids, pick each result's
 * pair from the places the entries record, then fetch just that pair (`hit`) for each result shown.
 * Pure apart from `fetch`; tested with an index in memory.
 */
import {
  bitsAt,
  decodeNumbers,
  type FoldMap,
  fold,
  hanKeys,
  isHan,
  numberStarts,
  regularBaseForms,
  type SearchEntry,
  type SearchHit,
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

/** A term's entries, decoded: a Han run is in a place when all its keys are, a word when any is. */
interface TermLists {
  all: boolean;
  lists: Decoded[];
}

/** An entry's ids and places (`SearchEntry.m`); where each id's places start is found when first needed. */
interface Decoded {
  ids: number[];
  places: string;
  starts?: number[];
}

export interface SearchResult {
  /** Article ids, newest first. */
  ids: number[];
  terms: MatchedTerm[];
  /** Where each term occurs in each article (for `pairOf`), in the order of `terms`. */
  places: TermLists[];
}

type Fetch = (url: string) => Promise<Response>;

export class SearchIndex {
  private metaPromise?: Promise<SearchMeta>;
  private foldPromise?: Promise<FoldMap>;
  private shards = new Map<number, Promise<SearchShard>>();
  private hits = new Map<string, Promise<SearchHit>>();
  private loaded = new Map<string, SearchHit>();

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
      terms.map(async (term): Promise<{ ids: number[]; term: MatchedTerm; places: TermLists }> => {
        const entries = await Promise.all(term.keys.map((key) => this.entry(key)));
        if (term.kind === "han") {
          // Every character pair of the run must occur (a one-character run is its own key).
          const lists = entries.map((entry) => (entry ? decode(entry) : { ids: [], places: "" }));
          return {
            ids: intersect(lists.map((list) => list.ids)),
            term: { kind: "han", text: term.text, forms: [] },
            places: { all: true, lists },
          };
        }
        // The word as written, when the library has it (its entry holds all forms of its base forms);
        // else the regular base forms it may come from.
        const [own, ...bases] = entries;
        const found = own ? [own] : bases.filter((entry) => entry !== undefined);
        const lists = found.map(decode);
        return {
          ids: union(lists.map((list) => list.ids)),
          term: {
            kind: "word",
            text: term.text,
            forms: [...new Set([term.text, ...found.flatMap((entry) => entry.f ?? [])])],
          },
          places: { all: false, lists },
        };
      }),
    );
    return {
      ids: matched.length === 0 ? [] : intersect(matched.map((m) => m.ids)),
      terms: matched.map((m) => m.term),
      places: matched.map((m) => m.places),
    };
  }

  /** A result row's text already fetched, synchronously (so a row renders with it at once). */
  loadedHit(id: number, n: number): SearchHit | undefined {
    return this.loaded.get(`${id}/${n}`);
  }

  /** What a result row shows: pair `n` of article `id` (`pairOf`), or its summary for n = 0. */
  hit(id: number, n: number): Promise<SearchHit> {
    const key = `${id}/${n}`;
    let hit = this.hits.get(key);
    if (!hit) {
      hit = this.meta()
        .then((meta) => this.json<SearchHit>(`${this.base}/${meta.version}/hit/${key}.json`))
        .then((loaded) => {
          this.loaded.set(key, loaded);
          return loaded;
        });
      hit.catch(() => this.hits.delete(key));
      this.hits.set(key, hit);
    }
    return hit;
  }
}

function decode(entry: SearchEntry): Decoded {
  let id = 0;
  return { ids: decodeNumbers(entry.g).map((gap) => (id += gap)), places: entry.m };
}

/**
 * The pair to show for result `id`: the one where the most terms occur, the first on a tie; 0 when
 * the terms are only in the title or summary (the row shows the summary). 1-based, as `#p{n}`.
 */
export function pairOf(result: SearchResult, id: number): number {
  const counts = new Map<number, number>();
  for (const { all, lists } of result.places) {
    let places: Set<number> | undefined;
    for (const list of lists) {
      const at = binarySearch(list.ids, id);
      list.starts ??= numberStarts(list.places);
      const found = at === -1 ? [] : bitsAt(list.places, list.starts[at]!);
      if (!places) places = new Set(found);
      else if (all) places = new Set(found.filter((place) => places!.has(place)));
      else for (const place of found) places.add(place);
    }
    for (const place of places ?? []) {
      if (place > 0) counts.set(place, (counts.get(place) ?? 0) + 1);
    }
  }
  let best = 0;
  let most = 0;
  for (const [place, count] of counts) {
    if (count > most || (count === most && place < best)) [best, most] = [place, count];
  }
  return best;
}

function binarySearch(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const sets = rest.map((list) => new Set(list));
  return shortest!.filter((id) => sets.every((set) => set.has(id)));
}

function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0]!;
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
