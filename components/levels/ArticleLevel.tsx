import { cefrLabel, hskLabel } from "@/lib/learning/level-labels";

export interface ArticleLevelLabels {
  /** "Level" */
  level: string;
  /** "Words at or below each level" */
  shares: string;
  chinese: string;
  english: string;
}

interface Props {
  hsk: number;
  cefr: number;
  hskShares: number[];
  cefrShares: number[];
  labels: ArticleLevelLabels;
  /** `badge` for lists; `full` (the article header) adds the shares, in a disclosure that needs no script. */
  variant: "badge" | "full";
}

/**
 * An article's level, "HSK 4 · B1", computed at build time (lib/learning/levels.ts). Synchronous with
 * translated props, so pages of either router can render it.
 */
export function ArticleLevel({ hsk, cefr, hskShares, cefrShares, labels, variant }: Props) {
  const text = `${hskLabel(hsk)} · ${cefrLabel(cefr)}`;
  if (variant === "badge") {
    return (
      <span className="rounded border border-zinc-300 px-1.5 text-xs leading-5 whitespace-nowrap text-zinc-700 dark:border-zinc-600 dark:text-zinc-300">
        <span className="sr-only">{labels.level}: </span>
        {text}
      </span>
    );
  }
  const rows = [
    { name: labels.chinese, shares: hskShares, label: (i: number) => hskLabel(i + 1) },
    { name: labels.english, shares: cefrShares, label: (i: number) => cefrLabel(i + 1) },
  ];
  return (
    <details className="font-sans text-sm text-zinc-600 dark:text-zinc-400">
      <summary className="cursor-pointer">
        {labels.level}:{" "}
        <span className="font-semibold text-zinc-800 dark:text-zinc-200">{text}</span>
      </summary>
      <p className="mt-2">{labels.shares}</p>
      {rows.map((row) => (
        <div key={row.name} className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5">
          <span className="font-semibold">{row.name}</span>
          <dl className="contents">
            {row.shares.map((share, i) => (
              <div key={i} className="flex gap-1">
                <dt>{row.label(i)}</dt>
                <dd className="tabular-nums">{share}%</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </details>
  );
}
