import type { ReactNode } from "react";
import type { ParagraphPair as Pair } from "@/lib/content/types";
import { BilingualText } from "./BilingualText";
import { InlineText } from "./InlineText";

interface Props {
  pair: Pair;
  zhLang: "zh-Hans" | "zh-Hant";
  /** Accessible name of the pair's own link, e.g. "Paragraph 3". */
  label: string;
  /** Actions on the pair (its share button). */
  children?: ReactNode;
}

/**
 * One English paragraph and its Chinese. The markup is a contract (docs/contracts.md): `id="p{n}"`
 * on the pair, `lang` on each language, which the reading views and the print sheet key on.
 */
export function ParagraphPair({ pair, zhLang, label, children }: Props) {
  return (
    <div id={`p${pair.n}`} className="pair group relative">
      <a
        href={`#p${pair.n}`}
        aria-label={label}
        className="no-print hover:text-accent absolute top-1 -left-9 hidden w-7 text-right font-sans text-xs text-zinc-500 tabular-nums sm:block dark:text-zinc-400"
      >
        {pair.n}
      </a>
      <BilingualText
        as="p"
        en={<InlineText inlines={pair.en} />}
        zh={<InlineText inlines={pair.zh} />}
        zhLang={zhLang}
        enClassName="text-en"
        zhClassName="text-zh"
      />
      {children}
    </div>
  );
}
