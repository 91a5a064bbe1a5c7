import type { Element } from "domhandler";
import { alignParagraphs } from "@/lib/aligner/align";
import { anchorScore, chineseNumbers, englishNumbers } from "@/lib/aligner/anchors";
import { blockLanguage, collapse, hanCount, latinCount } from "@/lib/text";
import { END_MATTER, isHeadingLine, junkLineReason } from "./junk";
import type { DroppedBlock, PageBlock } from "./layout";

export interface UnpairedParagraph {
  index: number;
  text: string;
  reason: string;
}

export interface Pairing {
  pairs: { en: string; zh: string }[];
  unpaired: UnpairedParagraph[];
  dropped: DroppedBlock[];
}

interface Line {
  /** Position in reading order. */
  index: number;
  text: string;
  language: "en" | "zh";
  /** The page element the line came from: lines of one element (or one table row) belong together. */
  element?: Element;
}

/** Han characters per English letter that a pair may stray from the article's norm, as a factor. */
const RATIO_TOLERANCE = 2.6;

/**
 * Pairs the article's English and Chinese paragraphs. Lines that are not article text (credits,
 * captions, keyword and glossary lines, labels) are dropped with a reason; headings split the story
 * into sections that no pair crosses, and vocabulary or link sections after a heading such as
 * "Words in This Story" are dropped whole. Within a section the aligner pairs the paragraphs, with
 * their place on the page as extra evidence, so a stray line never shifts the pairs after it. A
 * pair whose lengths and anchors say it is not a translation is left out and reported.
 */
export function pairBlocks(blocks: PageBlock[]): Pairing {
  const dropped: DroppedBlock[] = [];
  const unpaired: UnpairedParagraph[] = [];
  const sections: Line[][] = [[]];
  let index = 0;
  let endMatter = false;
  for (const block of blocks) {
    const lines = block.text.split("\n").map(collapse).filter(Boolean);
    if (block.kind === "heading" || (lines.length === 1 && isHeadingLine(lines[0]!))) {
      const heading = collapse(block.text.replace(/\n/g, " "));
      endMatter = END_MATTER.test(heading) || lines.some((line) => END_MATTER.test(line));
      dropped.push({
        text: heading,
        reason: endMatter ? "heading of a vocabulary or link section" : "heading",
      });
      sections.push([]);
      continue;
    }
    for (const text of lines) {
      index += 1;
      if (endMatter) {
        dropped.push({ text, reason: "in a vocabulary or link section" });
        continue;
      }
      const reason = junkLineReason(text);
      if (reason) {
        dropped.push({ text, reason });
        continue;
      }
      const language = blockLanguage(text, { proseAnywhere: true });
      if (!language) {
        dropped.push({ text, reason: "no English or Chinese words" });
        continue;
      }
      sections.at(-1)!.push({ index, text, language, element: rowOf(block.element) });
    }
  }

  const all = sections.flat();
  const norm = articleRatio(all);
  const pairs: { en: string; zh: string }[] = [];
  const decide = (en: Line | undefined, zh: Line | undefined, placedTogether = false) => {
    if (en && zh) {
      const verdict = notATranslation(en.text, zh.text, norm, placedTogether);
      if (verdict) {
        unpaired.push(
          {
            index: en.index,
            text: en.text,
            reason: `not a translation of the Chinese after it: ${verdict}`,
          },
          {
            index: zh.index,
            text: zh.text,
            reason: `not a translation of the English before it: ${verdict}`,
          },
        );
      } else pairs.push({ en: en.text, zh: zh.text });
    } else if (en) {
      unpaired.push({
        index: en.index,
        text: en.text,
        reason: "English paragraph with no Chinese translation",
      });
    } else if (zh) {
      unpaired.push({
        index: zh.index,
        text: zh.text,
        reason: "Chinese paragraph with no English original",
      });
    }
  };
  const align = (run: Line[]) => {
    const english = run.filter((line) => line.language === "en");
    const chinese = run.filter((line) => line.language === "zh");
    if (english.length === 0 && chinese.length === 0) return;
    const { beads } = alignParagraphs(
      english.map((line) => line.text),
      chinese.map((line) => line.text),
      {
        moves: [
          [1, 1],
          [1, 0],
          [0, 1],
        ],
        bonus: ([i], [j]) => layoutEvidence(english[i!]!, chinese[j!]!, run),
      },
    );
    for (const bead of beads)
      decide(
        bead.en[0] === undefined ? undefined : english[bead.en[0]],
        bead.zh[0] === undefined ? undefined : chinese[bead.zh[0]],
      );
  };
  for (const section of sections) {
    // An element holding exactly one English and one Chinese line (a <p> split by <br>, a table
    // row) is a pair as the page sets it. Such pairs are fixed first; the aligner pairs the lines
    // between them, so no pair crosses one the page gives (Chinese lead-ins and commentary
    // between the pairs would otherwise skew its length model).
    let run: Line[] = [];
    for (let k = 0; k < section.length; k += 1) {
      const line = section[k]!;
      const next = section[k + 1];
      if (next && isElementPair(line, next, section)) {
        align(run);
        run = [];
        decide(line.language === "en" ? line : next, line.language === "zh" ? line : next, true);
        k += 1;
      } else run.push(line);
    }
    align(run);
  }
  unpaired.sort((a, b) => a.index - b.index);
  return { pairs, unpaired, dropped };
}

/** Two adjacent lines, one in each language, that are all the lines their element holds. */
function isElementPair(a: Line, b: Line, section: Line[]): boolean {
  if (!a.element || a.element !== b.element || a.language === b.language) return false;
  return section.filter((line) => line.element === a.element).length === 2;
}

/** A table cell's row, or the element itself: the unit of "side by side" on a page. */
function rowOf(element: Element | undefined): Element | undefined {
  if (!element) return undefined;
  const tag = element.tagName.toLowerCase();
  if ((tag === "td" || tag === "th") && element.parent?.type === "tag")
    return element.parent as Element;
  return element;
}

/**
 * Evidence from the page layout: a Chinese line right after its English line, or in the same
 * element or table row, is most likely its translation.
 */
function layoutEvidence(en: Line, zh: Line, section: Line[]): number {
  if (en.element && en.element === zh.element) return 3;
  const position = section.indexOf(zh) - section.indexOf(en);
  if (position === 1) return 2.5;
  return 0;
}

/** The article's norm: the median of Han characters per English letter over adjacent pairs. */
function articleRatio(lines: Line[]): number {
  const ratios: number[] = [];
  for (let k = 0; k + 1 < lines.length; k += 1) {
    const a = lines[k]!;
    const b = lines[k + 1]!;
    if (a.language === "en" && b.language === "zh" && latinCount(a.text) > 0)
      ratios.push(hanCount(b.text) / latinCount(a.text));
  }
  if (ratios.length === 0) {
    const en = lines
      .filter((line) => line.language === "en")
      .reduce((s, l) => s + latinCount(l.text), 0);
    const zh = lines
      .filter((line) => line.language === "zh")
      .reduce((s, l) => s + hanCount(l.text), 0);
    return en > 0 && zh > 0 ? zh / en : 0.35;
  }
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)]!;
}

/**
 * Why two paragraphs are not a translation of each other, or undefined when they may be: their
 * length ratio is far from the article's norm and no anchor (number, name) ties them together.
 */
export function notATranslation(
  en: string,
  zh: string,
  norm: number,
  placedTogether = false,
): string | undefined {
  const letters = latinCount(en);
  const han = hanCount(zh);
  if (letters === 0 || han === 0) return "one side has no words";
  const ratio = han / letters;
  const anchors = anchorScore(en, zh);
  const off = ratio > norm * RATIO_TOLERANCE || ratio < norm / RATIO_TOLERANCE;
  if (off && anchors.matched === 0)
    return `length ratio ${ratio.toFixed(2)} against the article's ${norm.toFixed(2)}, and nothing in common`;
  // Paragraphs the page itself sets together are a translation unless their lengths say otherwise:
  // translators rephrase numbers ("the 103rd minute" is "加时赛第13分钟", "after 9 pm" is
  // "21时以后"), so numbers alone do not undo what the layout says.
  if (placedTogether) return undefined;
  const enNumbers = englishNumbers(en);
  const zhNumbers = chineseNumbers(zh);
  if (enNumbers.size > 0 && zhNumbers.size > 0 && ![...enNumbers].some((n) => zhNumbers.has(n)))
    return `the numbers differ (${[...enNumbers].join(", ")} against ${[...zhNumbers].join(", ")})`;
  const skewed = ratio > norm * 1.6 || ratio < norm / 1.6;
  if (skewed && anchors.unmatched >= 3 && anchors.matched === 0)
    return `${anchors.unmatched} numbers or names on one side only`;
  return undefined;
}
