import { IslandRoot } from "@/components/ui/IslandRoot";
import { DEFAULT_VIEW, READING_VIEWS, type ReadingView } from "@/lib/reader/preferences";

interface Props {
  legend: string;
  labels: Record<ReadingView, string>;
}

/**
 * Switches between the four reading views without a page load: CSS keyed on <html data-view> does
 * the work; the reading-view island (islands/reading-view.ts) sets it, keeps ?view= in the address so
 * the link can be shared, and remembers the choice for the next article.
 */
export function ReadingViewSwitch({ legend, labels }: Props) {
  return (
    <IslandRoot
      name="reading-view"
      as="fieldset"
      className="no-print inline-flex rounded-full border border-zinc-300 p-0.5 dark:border-zinc-700"
    >
      <legend className="sr-only">{legend}</legend>
      {READING_VIEWS.map((option) => (
        <label key={option} className="relative">
          <input
            type="radio"
            name="reading-view"
            value={option}
            defaultChecked={option === DEFAULT_VIEW}
            className="peer sr-only"
          />
          <span className="peer-focus-visible:outline-accent block cursor-pointer rounded-full px-3 py-1 text-sm text-zinc-700 peer-checked:bg-zinc-900 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 hover:bg-zinc-100 peer-checked:hover:bg-zinc-900 dark:text-zinc-300 dark:peer-checked:bg-zinc-100 dark:peer-checked:text-zinc-900 dark:hover:bg-zinc-800">
            {labels[option]}
          </span>
        </label>
      ))}
    </IslandRoot>
  );
}
