import { IslandRoot } from "@/components/ui/IslandRoot";
import type { ReadAloudLabels } from "./readAloudSetup";

interface Props {
  /** Where the article's sentence map is: `/study/{hans|hant}/{slug}.json`. */
  studyUrl: string;
  zhLang: "zh-Hans" | "zh-Hant";
  labels: ReadAloudLabels;
}

const barButton =
  "rounded-full border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800";

/**
 * The bar shown while a pair is read aloud, hidden until then: the read-aloud island
 * (islands/read-aloud.ts) is its root, fills in which pair it reads and answers its buttons. The
 * island loads when the browser is idle: it also finds the voices that show the pairs' buttons.
 */
export function ReadAloudBar({ studyUrl, zhLang, labels }: Props) {
  return (
    <IslandRoot
      name="read-aloud"
      as="section"
      hidden
      aria-label={labels.region}
      className="no-print fixed inset-x-0 bottom-4 z-40 mx-auto flex w-fit max-w-[calc(100%-2rem)] flex-wrap items-center gap-x-4 gap-y-2 rounded-2xl border border-zinc-200 bg-white px-4 py-3 font-sans text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      data-src={studyUrl}
      data-zh-lang={zhLang}
      data-reading-en={labels.readingEn}
      data-reading-zh={labels.readingZh}
      data-pause-label={labels.pause}
      data-resume-label={labels.resume}
    >
      <p className="font-semibold" data-reading-label="" />
      <div className="flex items-center gap-2">
        <button type="button" data-pause="" className={barButton}>
          {labels.pause}
        </button>
        <button type="button" data-stop="" className={barButton}>
          {labels.stop}
        </button>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" defaultChecked data-read-on="" className="accent-accent size-4" />
        {labels.readOn}
      </label>
    </IslandRoot>
  );
}
