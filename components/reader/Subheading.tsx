import type { SubheadingPair } from "@/lib/content/types";
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
      <span lang="en" className="block text-xl">
        <InlineText inlines={heading.en} />
      </span>
      <span lang={zhLang} className="block text-lg">
        <InlineText inlines={heading.zh} />
      </span>
    </Tag>
  );
}
