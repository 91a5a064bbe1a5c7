"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import type { Locale } from "@/i18n/routing";
import { formatPublicationDate } from "@/lib/format";
import {
  markedParts,
  markRanges,
  pairOf,
  SearchIndex,
  type SearchResult,
} from "@/lib/search/client";
import type { FoldMap, SearchHit } from "@/lib/search/terms";

export type SearchResultsLabels = Record<
  | "label"
  | "placeholder"
  | "submit"
  | "hint"
  | "searching"
  | "count"
  | "none"
  | "more"
  | "failed"
  | "pair",
  string
>;

interface Props {
  locale: Locale;
  labels: SearchResultsLabels;
  /** Section names in the interface language. */
  sections: Record<string, string>;
  /** `/{prefix}/search`, the form's action without script. */
  action: string;
  /** `/{prefix}/articles/`, which results link under. */
  articleBase: string;
}

/**
 * How long typing must pause before a search runs: short, as the 300 ms budget counts from the last
 * key; a search that a later key overtakes costs a shard or two and is dropped (`latest`).
 */
const PAUSE_MS = 80;
/** Results shown at once; "More results" shows as many again. */
const PAGE = 10;

interface Shown extends SearchResult {
  query: string;
  fold: FoldMap;
}

type State =
  | { status: "idle" }
  | { status: "searching"; query: string }
  | { status: "failed"; query: string }
  | ({ status: "done" } & Shown);

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

let shared: SearchIndex | undefined;

/**
 * The search page's form and results. Without script the form still sends `?q=` here; with it, the
 * query is read from the address, searched as the reader types (after a short pause) and written back
 * with `replaceState`, so the address always names the results shown.
 */
export function SearchResults({ locale, labels, sections, action, articleBase }: Props) {
  const [query, setQuery] = useState("");
  const [state, setState] = useState<State>({ status: "idle" });
  const [limit, setLimit] = useState(PAGE);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const field = useRef<HTMLInputElement>(null);
  const script = locale === "zh-Hant" ? "hant" : "hans";

  async function run(text: string) {
    const ticket = ++latest.current;
    const trimmed = text.trim();
    setLimit(PAGE);
    if (!trimmed) return setState({ status: "idle" });
    setState({ status: "searching", query: trimmed });
    shared ??= new SearchIndex();
    // Marks for bench/search.ts: where the time between the last key and the first result goes.
    performance.mark("search:run");
    try {
      const result = await shared.search(trimmed);
      performance.mark("search:ids");
      // Only the first row's text is fetched before the list renders: on a slow phone every fetch
      // costs the page milliseconds, so the other rows ask for theirs once the list is up.
      const first = result.ids[0];
      const firstHit =
        first === undefined
          ? undefined
          : shared.hit(first, pairOf(result, first)).catch(() => undefined);
      const fold = result.terms.some((term) => term.kind === "han") ? await shared.foldMap() : {};
      await firstHit;
      performance.mark("search:row");
      if (ticket === latest.current) setState({ status: "done", query: trimmed, fold, ...result });
    } catch {
      if (ticket === latest.current) setState({ status: "failed", query: trimmed });
    }
  }

  // The address names the results shown, written once they are (not while the reader waits for them:
  // replaceState takes milliseconds on a slow phone). Nothing to write before the first search.
  useEffect(() => {
    if (latest.current === 0 || state.status === "searching") return;
    const shown = state.status === "idle" ? "" : state.query;
    const url = shown ? `${action}?q=${encodeURIComponent(shown)}` : action;
    window.history.replaceState(window.history.state, "", url);
  }, [state, action]);

  useEffect(() => {
    shared ??= new SearchIndex();
    // What the reader typed before the script was ready (a slow phone) comes first; else the address,
    // only readable here (the page is static). Either way, once, on load.
    const initial =
      field.current?.value || (new URLSearchParams(window.location.search).get("q") ?? "");
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(initial);
    void run(initial);
    // Chinese readers will type Han characters: have the fold map ready before they do.
    if (locale !== "en") void shared.foldMap().catch(() => undefined);
    // The first date formatted loads the locale's calendar data (tens of milliseconds on a slow
    // phone): do it while the reader is still typing, not before the first result.
    const warm = () => formatPublicationDate(locale, "2026-01-01");
    if ("requestIdleCallback" in window) requestIdleCallback(warm);
    else setTimeout(warm, 0);
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onChange(text: string) {
    setQuery(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(text), PAUSE_MS);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    clearTimeout(timer.current);
    void run(query);
  }

  return (
    <>
      <form
        role="search"
        aria-label={labels.label}
        action={action}
        method="get"
        onSubmit={onSubmit}
        className="mt-6 flex gap-2"
      >
        <input
          type="search"
          name="q"
          ref={field}
          value={query}
          onChange={(event) => onChange(event.target.value)}
          // Whoever is about to type may type Han characters: fetch the small fold map now.
          onFocus={() => void shared?.foldMap().catch(() => undefined)}
          aria-label={labels.label}
          placeholder={labels.placeholder}
          enterKeyHint="search"
          className="h-11 min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 text-base dark:border-zinc-600 dark:bg-zinc-900"
        />
        <button
          type="submit"
          className="bg-accent dark:bg-accent-dark h-11 shrink-0 rounded-lg px-4 font-semibold text-white dark:text-zinc-950"
        >
          {labels.submit}
        </button>
      </form>
      <p role="status" className="mt-4 text-zinc-700 dark:text-zinc-300">
        {state.status === "idle" && labels.hint}
        {state.status === "searching" && labels.searching}
        {state.status === "failed" && labels.failed}
        {state.status === "done" &&
          (state.ids.length === 0
            ? fill(labels.none, { query: state.query })
            : fill(labels.count, { count: state.ids.length, query: state.query }))}
      </p>
      {state.status === "done" && state.ids.length > 0 && (
        <>
          <ol className="mt-4 space-y-6">
            {state.ids.slice(0, limit).map((id) => (
              <Result
                key={`${state.query} ${id}`}
                id={id}
                script={script}
                locale={locale}
                shown={state}
                sections={sections}
                articleBase={articleBase}
                pairLabel={labels.pair}
              />
            ))}
          </ol>
          {state.ids.length > limit && (
            <button
              type="button"
              onClick={() => setLimit(limit + PAGE)}
              className="mt-6 rounded-lg border border-zinc-300 px-4 py-2 font-semibold hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
            >
              {labels.more}
            </button>
          )}
        </>
      )}
    </>
  );
}

interface ResultProps {
  id: number;
  script: "hans" | "hant";
  locale: Locale;
  shown: Shown;
  sections: Record<string, string>;
  articleBase: string;
  pairLabel: string;
}

/** One article found: its title in the interface language, section and date, and the matching pair. */
function Result({ id, script, locale, shown, sections, articleBase, pairLabel }: ResultProps) {
  const n = pairOf(shown, id);
  const [hit, setHit] = useState<SearchHit | undefined>(() => shared?.loadedHit(id, n));
  useEffect(() => {
    if (hit) return;
    let live = true;
    void shared
      ?.hit(id, n)
      .then((loaded) => live && setHit(loaded))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [id, n, hit]);
  if (!hit) return <li className="h-28" aria-hidden="true" />;

  const en = hit.x[0];
  const zh = script === "hant" ? hit.x[2] : hit.x[1];
  const zhLang = script === "hant" ? "zh-Hant" : "zh-Hans";
  const title = locale === "en" ? hit.t[0] : script === "hant" ? hit.t[2] : hit.t[1];
  const href = `${articleBase}${hit.s}${n === 0 ? "" : `#p${n}`}`;
  const marked = (text: string) =>
    markedParts(text, markRanges(text, shown.terms, shown.fold)).map((part, i) =>
      part.marked ? (
        <mark key={i} className="rounded-sm bg-amber-200 px-px text-inherit dark:bg-amber-500/40">
          {part.text}
        </mark>
      ) : (
        part.text
      ),
    );
  return (
    <li>
      <article>
        <h2 className="text-lg leading-snug font-semibold">
          <a
            href={href}
            lang={locale === "en" ? "en" : zhLang}
            className="hover:text-accent dark:hover:text-accent-dark underline-offset-2 hover:underline"
          >
            {title}
          </a>
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {sections[hit.c] ?? hit.c} ·{" "}
          <time dateTime={hit.d}>{formatPublicationDate(locale, hit.d)}</time>
          {n !== 0 && <> · {fill(pairLabel, { n })}</>}
        </p>
        <p lang="en" className="mt-2">
          {marked(en)}
        </p>
        <p lang={zhLang} className="mt-1">
          {marked(zh)}
        </p>
      </article>
    </li>
  );
}
