"use client";

import { useRef, useState } from "react";
import { NoticeBar } from "@/components/layout/NoticeBar";
import {
  entryId,
  type NotebookEntry,
  type NotebookNotice,
  toAnkiCsv,
} from "@/lib/vocabulary/notebook";
import { peekMarks } from "@/lib/vocabulary/marks";
import { browserStorage, remove, restore, useNotebook } from "./notebookStore";

export type NotebookLabels = Record<
  | "count"
  | "marks"
  | "export"
  | "exportHelp"
  | "emptyTitle"
  | "emptyHelp"
  | "emptyLink"
  | "from"
  | "remove"
  | "removeNamed"
  | "removed"
  | "undo"
  | "storageFailed"
  | "dismiss"
  | NotebookNotice,
  string
>;

interface Props {
  labels: NotebookLabels;
  /** The home page, where the empty notebook sends the reader to find words. */
  homeHref: string;
  /** The Chinese script this interface shows, for words and sentences saved without a locale. */
  zhLang: "zh-Hans" | "zh-Hant";
}

/** Fills `{name}` placeholders of a message the server translated (word order stays the message's). */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/**
 * The reader's saved words, newest first, from this browser's storage (client-only: the page itself
 * is static). Remove is immediate with an Undo beside the list, the way mail and reading apps do it,
 * rather than a confirmation for every word. Export writes the CSV Anki imports.
 */
export function NotebookList({ labels, homeHref, zhLang }: Props) {
  const notebook = useNotebook();
  const [removed, setRemoved] = useState<NotebookEntry | null>(null);
  const [failed, setFailed] = useState(false);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);

  // Rendered on the server and before hydration: nothing (the page's heading and help are there).
  if (!notebook) return null;
  const { entries, notice } = notebook;
  // The reader's known and learning marks (set in articles): a count, read with the notebook.
  const marks = Object.values(peekMarks(browserStorage()));
  const known = marks.filter((mark) => mark === "known").length;

  function onRemove(entry: NotebookEntry) {
    const ok = remove(entryId(entry));
    setFailed(!ok);
    if (!ok) return;
    setRemoved(entry);
    // The pressed button is gone: focus the Undo that replaced it, so keyboard readers keep their place.
    requestAnimationFrame(() => undoButton.current?.focus());
  }

  function onUndo() {
    if (!removed) return;
    const ok = restore(removed);
    setFailed(!ok);
    if (ok) setRemoved(null);
  }

  function onExport() {
    const csv = toAnkiCsv(entries, window.location.origin);
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `vocabulary-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const langOf = (entry: NotebookEntry) =>
    entry.href.startsWith("/zh-hant/")
      ? "zh-Hant"
      : entry.href.startsWith("/zh-hans/") || entry.href.startsWith("/en/")
        ? "zh-Hans"
        : zhLang;

  return (
    <>
      <div role="status" className="mt-4 text-sm">
        {removed ? (
          <p className="flex flex-wrap items-center gap-3">
            <span>{fill(labels.removed, { word: removed.word })}</span>
            <button
              ref={undoButton}
              type="button"
              onClick={onUndo}
              className="text-accent dark:text-accent-dark rounded font-semibold underline underline-offset-2"
            >
              {labels.undo}
            </button>
          </p>
        ) : null}
        {failed ? <p>{labels.storageFailed}</p> : null}
      </div>
      {marks.length > 0 ? (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          {fill(labels.marks, { known, learning: marks.length - known })}
        </p>
      ) : null}

      {entries.length === 0 ? (
        <section className="mt-4 rounded-xl border border-dashed border-zinc-300 p-6 dark:border-zinc-700">
          <h2 className="text-lg font-semibold">{labels.emptyTitle}</h2>
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">{labels.emptyHelp}</p>
          <p className="mt-4">
            <a href={homeHref} className="text-accent dark:text-accent-dark underline">
              {labels.emptyLink}
            </a>
          </p>
        </section>
      ) : (
        <>
          <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {fill(labels.count, { count: entries.length })}
            </p>
            <button
              type="button"
              onClick={onExport}
              className="bg-accent dark:bg-accent-dark rounded-full px-4 py-2 text-sm font-semibold text-white dark:text-zinc-950"
            >
              {labels.export}
            </button>
          </div>
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{labels.exportHelp}</p>
          <ul className="mt-6 divide-y divide-zinc-200 dark:divide-zinc-800">
            {entries.map((entry) => {
              const zh = langOf(entry);
              const [own, other] = entry.language === "zh" ? [zh, "en"] : ["en", zh];
              return (
                <li key={entryId(entry)} className="py-5">
                  <div className="flex items-start justify-between gap-4">
                    <div>
                      <h2 className="text-2xl font-semibold" lang={own}>
                        {entry.word}
                      </h2>
                      {entry.reading ? (
                        <p className="text-zinc-600 dark:text-zinc-400">{entry.reading}</p>
                      ) : null}
                    </div>
                    <button
                      type="button"
                      aria-label={fill(labels.removeNamed, { word: entry.word })}
                      onClick={() => onRemove(entry)}
                      className="shrink-0 rounded-full border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
                    >
                      {labels.remove}
                    </button>
                  </div>
                  {entry.meaning ? (
                    <p className="mt-2" lang={other}>
                      {entry.meaning}
                    </p>
                  ) : null}
                  {entry.sentence || entry.translation ? (
                    <blockquote className="mt-3 border-l-2 border-zinc-300 pl-3 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
                      {entry.sentence ? <p lang={own}>{entry.sentence}</p> : null}
                      {entry.translation ? (
                        <p lang={other} className="mt-1">
                          {entry.translation}
                        </p>
                      ) : null}
                    </blockquote>
                  ) : null}
                  <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
                    {labels.from}{" "}
                    <a href={entry.href} className="underline underline-offset-2">
                      {entry.article.title}
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <NoticeBar
        notices={notice && !noticeDismissed ? [labels[notice]] : []}
        dismissLabel={labels.dismiss}
        onDismiss={() => setNoticeDismissed(true)}
      />
    </>
  );
}
