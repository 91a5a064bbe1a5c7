"use client";

import { storeSafely, useRootAttribute } from "@/components/ui/useRootAttribute";
import {
  DEFAULT_VIEW,
  READING_VIEWS,
  type ReadingView,
  STORAGE_KEYS,
} from "@/lib/reader/preferences";

interface Props {
  legend: string;
  labels: Record<ReadingView, string>;
}

/**
 * Switches between the four reading views without a page load: CSS keyed on <html data-view>
 * does the work, the address keeps ?view= so the link can be shared, and localStorage carries the
 * choice to the next article.
 */
export function ReadingViewSwitch({ legend, labels }: Props) {
  const view = useRootAttribute("data-view", DEFAULT_VIEW);

  function choose(next: ReadingView) {
    document.documentElement.setAttribute("data-view", next);
    storeSafely(STORAGE_KEYS.view, next);
    const url = new URL(window.location.href);
    url.searchParams.set("view", next);
    window.history.replaceState(window.history.state, "", url);
  }

  return (
    <fieldset className="no-print inline-flex rounded-full border border-zinc-300 p-0.5 dark:border-zinc-700">
      <legend className="sr-only">{legend}</legend>
      {READING_VIEWS.map((option) => (
        <label key={option} className="relative">
          <input
            type="radio"
            name="reading-view"
            value={option}
            checked={view === option}
            onChange={() => choose(option)}
            className="peer sr-only"
          />
          <span className="peer-focus-visible:outline-accent block cursor-pointer rounded-full px-3 py-1 text-sm text-zinc-700 peer-checked:bg-zinc-900 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 hover:bg-zinc-100 peer-checked:hover:bg-zinc-900 dark:text-zinc-300 dark:peer-checked:bg-zinc-100 dark:peer-checked:text-zinc-900 dark:hover:bg-zinc-800">
            {labels[option]}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
