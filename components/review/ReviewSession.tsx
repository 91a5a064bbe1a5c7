"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { NoticeBar } from "@/components/layout/NoticeBar";
import { browserStorage } from "@/components/vocabulary/notebookStore";
import type { Locale } from "@/i18n/routing";
import {
  entryId,
  type NotebookEntry,
  type NotebookNotice,
  type NotebookStore,
  readStore,
} from "@/lib/vocabulary/notebook";
import {
  dueToday,
  GRADE_NAMES,
  GRADES,
  gradeWord,
  intervals,
  nextDue,
  type ReviewGrade,
} from "@/lib/vocabulary/review";

export type ReviewLabels = Record<
  | "progress"
  | "show"
  | "showHelp"
  | "gradeHelp"
  | "again"
  | "hard"
  | "good"
  | "easy"
  | "days"
  | "oneDay"
  | "context"
  | "from"
  | "doneTitle"
  | "doneCount"
  | "nextOn"
  | "nothingDue"
  | "emptyTitle"
  | "emptyHelp"
  | "emptyLink"
  | "notebookLink"
  | "storageFailed"
  | "dismiss"
  | NotebookNotice,
  string
>;

interface Props {
  locale: Locale;
  labels: ReviewLabels;
  homeHref: string;
  notebookHref: string;
  zhLang: "zh-Hans" | "zh-Hant";
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

interface Session {
  store: NotebookStore;
  /** The words due when the page opened, in review order; graded ones stay, `at` moves on. */
  queue: NotebookEntry[];
  at: number;
  reviewed: number;
}

/**
 * Today's review: each due word's front (the word and its sentence), then its back (reading, meaning,
 * the sentence's translation), graded Again, Hard, Good or Easy with FSRS (lib/vocabulary/review.ts).
 * Space shows the answer, 1–4 grade; every control is also a button for touch and Tab.
 */
export function ReviewSession({ locale, labels, homeHref, notebookHref, zhLang }: Props) {
  const [session, setSession] = useState<Session | null>(null);
  const [flipped, setFlipped] = useState(false);
  const [failed, setFailed] = useState(false);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const card = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const store = readStore(browserStorage());
    // Storage is only readable here (the page is static): start the session once, on load.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession({ store, queue: dueToday(store, new Date()), at: 0, reviewed: 0 });
  }, []);

  const current = session ? session.queue[session.at] : undefined;

  const flip = useCallback(() => {
    setFlipped(true);
    requestAnimationFrame(() => card.current?.focus());
  }, []);

  const grade = useCallback(
    (value: ReviewGrade) => {
      if (!session || !current) return;
      const now = new Date();
      const review = gradeWord(browserStorage(), session.store, current, value, now);
      setFailed(!review);
      const store = review
        ? { ...session.store, reviews: { ...session.store.reviews, [entryId(current)]: review } }
        : session.store;
      setSession({ ...session, store, at: session.at + 1, reviewed: session.reviewed + 1 });
      setFlipped(false);
      requestAnimationFrame(() => card.current?.focus());
    },
    [session, current],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || !current) return;
      const target = event.target as HTMLElement | null;
      // Keys typed into a field, or Space on a focused button or link, keep their own meaning.
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      if (event.key === " " && !target?.closest("button, a")) {
        event.preventDefault();
        if (!flipped) flip();
        return;
      }
      const n = Number(event.key);
      if (flipped && n >= 1 && n <= 4) {
        event.preventDefault();
        grade(GRADES[n - 1]!);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, flipped, flip, grade]);

  if (!session) return null;
  const { store } = session;
  const notice = store.notice && !noticeDismissed ? [labels[store.notice]] : [];
  const date = (value: Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "full" }).format(value);
  const next = nextDue(store, new Date());
  const link = "text-accent dark:text-accent-dark underline underline-offset-2";

  let body;
  if (store.entries.length === 0) {
    body = (
      <section className="mt-6 rounded-xl border border-dashed border-zinc-300 p-6 dark:border-zinc-700">
        <h2 className="text-lg font-semibold">{labels.emptyTitle}</h2>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{labels.emptyHelp}</p>
        <p className="mt-4">
          <a href={homeHref} className={link}>
            {labels.emptyLink}
          </a>
        </p>
      </section>
    );
  } else if (!current) {
    body = (
      <section className="mt-6 rounded-xl border border-zinc-200 p-6 dark:border-zinc-800">
        <h2 className="text-lg font-semibold">
          {session.reviewed > 0 ? labels.doneTitle : labels.nothingDue}
        </h2>
        {session.reviewed > 0 && (
          <p className="mt-2">{fill(labels.doneCount, { count: session.reviewed })}</p>
        )}
        {next && <p className="mt-2">{fill(labels.nextOn, { date: date(next) })}</p>}
        <p className="mt-4">
          <a href={notebookHref} className={link}>
            {labels.notebookLink}
          </a>
        </p>
      </section>
    );
  } else {
    // The script the word was saved in, from the page it was saved on.
    const zh = current.href.startsWith("/zh-hant/")
      ? "zh-Hant"
      : current.href.startsWith("/zh-hans/") || current.href.startsWith("/en/")
        ? "zh-Hans"
        : zhLang;
    const [own, other] = current.language === "zh" ? [zh, "en"] : ["en", zh];
    const days = intervals(store, current, new Date());
    body = (
      <>
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          {fill(labels.progress, { n: session.at + 1, total: session.queue.length })}
        </p>
        <div
          ref={card}
          tabIndex={-1}
          aria-live="polite"
          className="mt-3 rounded-xl border border-zinc-200 p-6 shadow-sm outline-offset-4 dark:border-zinc-700"
        >
          <h2 className="text-4xl font-semibold" lang={own}>
            {current.word}
          </h2>
          {current.sentence && (
            <section className="mt-4" aria-label={labels.context}>
              <p lang={own} className="text-zinc-700 dark:text-zinc-300">
                {current.sentence}
              </p>
            </section>
          )}
          {flipped ? (
            <div className="mt-5 border-t border-zinc-200 pt-5 dark:border-zinc-700">
              {current.reading && (
                <p className="text-xl text-zinc-700 dark:text-zinc-300">{current.reading}</p>
              )}
              {current.meaning && (
                <p className="mt-2 text-lg" lang={other}>
                  {current.meaning}
                </p>
              )}
              {current.translation && (
                <p className="mt-3 text-zinc-700 dark:text-zinc-300" lang={other}>
                  {current.translation}
                </p>
              )}
              <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
                {labels.from}{" "}
                <a href={current.href} className="underline underline-offset-2">
                  {current.article.title}
                </a>
              </p>
            </div>
          ) : null}
        </div>
        {flipped ? (
          <>
            <div className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-4">
              {GRADES.map((value, i) => (
                <button
                  key={value}
                  type="button"
                  onClick={() => grade(value)}
                  aria-keyshortcuts={String(i + 1)}
                  className="flex min-h-14 flex-col items-center justify-center rounded-lg border border-zinc-300 px-3 py-2 font-semibold hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
                >
                  <span>{labels[GRADE_NAMES[value]]}</span>
                  <span className="text-xs font-normal text-zinc-600 dark:text-zinc-400">
                    {days[value] === 1 ? labels.oneDay : fill(labels.days, { days: days[value] })}
                  </span>
                </button>
              ))}
            </div>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{labels.gradeHelp}</p>
          </>
        ) : (
          <>
            <button
              type="button"
              onClick={flip}
              aria-keyshortcuts="Space"
              className="bg-accent dark:bg-accent-dark mt-4 min-h-12 w-full rounded-lg px-4 font-semibold text-white sm:w-auto dark:text-zinc-950"
            >
              {labels.show}
            </button>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{labels.showHelp}</p>
          </>
        )}
      </>
    );
  }

  return (
    <>
      {body}
      {failed && (
        <p role="status" className="mt-4 text-sm">
          {labels.storageFailed}
        </p>
      )}
      <NoticeBar
        notices={notice}
        dismissLabel={labels.dismiss}
        onDismiss={() => setNoticeDismissed(true)}
      />
    </>
  );
}
