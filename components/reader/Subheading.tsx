import type { SubheadingPair } from "@/lib/content/types";
import { BilingualText } from "./BilingualText";
import { InlineText } from "./InlineText";

/** A subheading in both languages: one heading, two spans, so the outline has it once. */
export function Subheading({
  heading,
  zhLang,
}: {
  heading: SubheadingPair;
  zhLang: "zh-Hans" | "zh-Hant";
}) {
  const Tag = heading.level === 2 ? "h2" : "h3";
  return (
    <Tag id={heading.id} className="subheading font-sans font-bold tracking-tight">
      <BilingualText
        en={<InlineText inlines={heading.en} />}
        zh={<InlineText inlines={heading.zh} />}
        zhLang={zhLang}
        enClassName="block text-xl"
        zhClassName="block text-lg"
      />
    </Tag>
  );
}
