import { READ_ATTRIBUTE, READ_PAIR_ATTRIBUTE } from "./attributes";

interface Props {
  n: number;
  labels: { en: string; zh: string; enShort: string; zhShort: string };
}

/**
 * A pair's two read-aloud buttons, plain HTML: one listener in the read-aloud island serves every pair. CSS keeps
 * them hidden (app/globals.css, .read-aloud) until the island finds a voice for their language, and
 * hides the one for a language the reading view hides.
 */
export function ReadAloudButtons({ n, labels }: Props) {
  return (
    <>
      {(["en", "zh"] as const).map((language) => (
        <button
          key={language}
          type="button"
          aria-label={labels[language]}
          title={labels[language]}
          className="read-aloud hover:text-accent dark:hover:text-accent-dark h-8 items-center gap-1 rounded-full px-1.5 text-xs text-zinc-500 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
          {...{ [READ_ATTRIBUTE]: language, [READ_PAIR_ATTRIBUTE]: n }}
        >
          <span className="speak-icon" />
          <span aria-hidden="true">{language === "en" ? labels.enShort : labels.zhShort}</span>
        </button>
      ))}
    </>
  );
}
