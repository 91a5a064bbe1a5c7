import { isMostlyHan } from "@/lib/text";

export interface UnpairedParagraph {
  index: number;
  text: string;
  reason: string;
}

/** Pairs each English paragraph with the Chinese paragraph right after it; reports the rest. */
export function pairParagraphs(paragraphs: string[]): {
  pairs: { en: string; zh: string }[];
  unpaired: UnpairedParagraph[];
} {
  const pairs: { en: string; zh: string }[] = [];
  const unpaired: UnpairedParagraph[] = [];
  for (let i = 0; i < paragraphs.length;) {
    const text = paragraphs[i]!;
    const next = paragraphs[i + 1];
    if (isMostlyHan(text)) {
      unpaired.push({
        index: i,
        text,
        reason: "Chinese paragraph with no English paragraph before it",
      });
      i += 1;
    } else if (next === undefined || !isMostlyHan(next)) {
      unpaired.push({
        index: i,
        text,
        reason:
          next === undefined
            ? "English paragraph at the end with no Chinese after it"
            : "English paragraph followed by another English paragraph",
      });
      i += 1;
    } else {
      pairs.push({ en: text, zh: next });
      i += 2;
    }
  }
  return { pairs, unpaired };
}
