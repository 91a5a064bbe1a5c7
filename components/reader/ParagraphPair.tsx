import type { ReactNode } from "react";
import type { ParagraphPair as Pair } from "@/lib/content/types";
import { InlineText } from "./InlineText";

interface Props {
  pair: Pair;
  zhLang: "zh-Hans" | "zh-Hant";
  /** Accessible name of the pair's own link, e.g. "Paragraph 3". */
  label: string;
  /** Actions on the pair (its share menu). */
  children?: ReactNode;
}

/** One English paragraph and its Chinese (contract: `id="p{n}"`, `lang` on each language). */
export function ParagraphPair({ pair, zhLang, label, children }: Props) {
  return (
    <div id={`p${pair.n}`} className="pair group relative">
      <a href={`#p${pair.n}`} aria-label={label} className="no-print pair-number">
        {pair.n}
      </a>
      <p lang="en" className="text-en">
        <InlineText inlines={pair.en} />
      </p>
      <p lang={zhLang} className="text-zh">
        <InlineText inlines={pair.zh} />
      </p>
      {children}
    </div>
  );
}
