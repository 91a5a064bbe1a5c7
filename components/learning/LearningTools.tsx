import { IslandRoot } from "@/components/ui/IslandRoot";
import { hskLabel } from "@/lib/learning/level-labels";
import { COLOUR_LEVELS, COLOUR_LEVELS_EN } from "@/lib/reader/preferences";

export interface LearningToolsLabels {
  label: string;
  pinyin: string;
  hideEnglish: string;
  hideChinese: string;
  revealAll: string;
  colourWords: string;
  /** The selects of the level above which Chinese (HSK) and English (CEFR) words are coloured, and their "off" option. */
  colourLevel: string;
  colourLevelEn: string;
  colourLevelOff: string;
  /** An HSK 2.0 level in the select: "HSK 2.0: {level}". */
  hsk2: string;
  /** Templates with {n}: the reveal button of a masked paragraph. */
  revealEnglish: string;
  revealChinese: string;
}

interface Props {
  labels: LearningToolsLabels;
  /** The article's study data (`assets.study`), warmed by the island when the browser is idle. */
  studyUrl: string;
}

const toggle =
  "rounded-full border border-zinc-300 px-3 py-1 text-sm text-zinc-700 hover:bg-zinc-100 aria-pressed:border-zinc-900 aria-pressed:bg-zinc-900 aria-pressed:text-white dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:border-zinc-100 dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900";

/**
 * The reader's learning toggles, beside the view switch: pinyin over the Chinese and study mode
 * (hide one language until tapped), and colouring of the words marked learning. Plain buttons; the learning-tools island (islands/learning-tools.ts)
 * sets <html data-pinyin> and <html data-study>, which the CSS acts on, and keeps aria-pressed in step.
 * Without script they do nothing, and the article reads as it is (docs/learning.md).
 */
export function LearningTools({ labels, studyUrl }: Props) {
  return (
    <IslandRoot
      name="learning-tools"
      role="group"
      aria-label={labels.label}
      className="no-print flex flex-wrap items-center gap-2"
      data-src={studyUrl}
      data-reveal-en={labels.revealEnglish}
      data-reveal-zh={labels.revealChinese}
    >
      <button type="button" aria-pressed="false" data-toggle="pinyin" className={toggle}>
        {labels.pinyin}
      </button>
      <button type="button" aria-pressed="false" data-toggle="en" className={toggle}>
        {labels.hideEnglish}
      </button>
      <button type="button" aria-pressed="false" data-toggle="zh" className={toggle}>
        {labels.hideChinese}
      </button>
      <button type="button" aria-pressed="false" data-toggle="colour" className={toggle}>
        {labels.colourWords}
      </button>
      <LevelSelect
        label={labels.colourLevel}
        setting="colour-level"
        options={COLOUR_LEVELS.map((level) => [
          level,
          level === "off"
            ? labels.colourLevelOff
            : level.startsWith("v2-")
              ? labels.hsk2.replace("{level}", level.slice(3))
              : hskLabel(Number(level)),
        ])}
      />
      <LevelSelect
        label={labels.colourLevelEn}
        setting="colour-level-en"
        options={COLOUR_LEVELS_EN.map((level) => [
          level,
          level === "off" ? labels.colourLevelOff : level,
        ])}
      />
      <button
        type="button"
        hidden
        data-toggle="reveal-all"
        className="rounded-full px-3 py-1 text-sm text-zinc-700 underline underline-offset-2 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        {labels.revealAll}
      </button>
    </IslandRoot>
  );
}

/** A labelled select of the level above which words are coloured (the island keeps it in step). */
function LevelSelect({
  label,
  setting,
  options,
}: {
  label: string;
  setting: string;
  options: [value: string, text: string][];
}) {
  return (
    <label className="flex items-center gap-1 text-sm text-zinc-700 dark:text-zinc-300">
      {label}
      <select
        data-setting={setting}
        defaultValue="off"
        className="rounded-full border border-zinc-300 bg-transparent px-2 py-1 text-sm dark:border-zinc-700"
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
