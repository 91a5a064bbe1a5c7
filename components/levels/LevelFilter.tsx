import { cefrLabel, hskLabel } from "@/lib/learning/level-labels";

export interface LevelFilterLabels {
  legend: string;
  all: string;
}

interface Props {
  /** Which scale the list is filtered by: HSK for readers learning Chinese, CEFR for learners of English. */
  scale: "hsk" | "cefr";
  labels: LevelFilterLabels;
}

const TOP = { hsk: 8, cefr: 7 } as const;

/**
 * Rules that hide the list items (`li[data-level]`) above the level picked, with `:has()`: the filter
 * works with no script at all. One rule per choice: "up to 3" hides 4, 5, … the top.
 */
function rules(top: number): string {
  const out: string[] = [];
  for (let max = 1; max < top; max++) {
    const above = Array.from({ length: top - max }, (_, i) => `[data-level="${max + 1 + i}"]`);
    out.push(
      `:root:has(input[name="level"][value="${max}"]:checked) li:is(${above.join(",")}){display:none}`,
    );
  }
  return out.join("\n");
}

/**
 * Radio buttons that filter an article list by level (components/articles/ArticleList.tsx gives each item
 * `data-level`; one filter per page, so the rules are keyed on the page root). Plain inputs: keyboard arrows move between
 * them, and no script is needed.
 */
export function LevelFilter({ scale, labels }: Props) {
  const levels = Array.from({ length: TOP[scale] - 1 }, (_, i) => i + 1);
  const label = (level: number) => (scale === "hsk" ? hskLabel(level) : cefrLabel(level));
  const option =
    "cursor-pointer rounded-full border border-zinc-300 px-2.5 py-0.5 has-checked:border-zinc-900 has-checked:bg-zinc-900 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 dark:border-zinc-600 dark:has-checked:border-zinc-100 dark:has-checked:bg-zinc-100 dark:has-checked:text-zinc-900";
  return (
    <fieldset className="no-print mt-4 mb-2 flex flex-wrap items-center gap-1.5 text-sm">
      <style>{rules(TOP[scale])}</style>
      <legend className="float-left mr-1 text-zinc-700 dark:text-zinc-300">{labels.legend}</legend>
      <label className={option}>
        <input type="radio" name="level" value="all" defaultChecked className="sr-only" />
        {labels.all}
      </label>
      {levels.map((level) => (
        <label key={level} className={option}>
          <input type="radio" name="level" value={level} className="sr-only" />
          {label(level)}
        </label>
      ))}
    </fieldset>
  );
}
