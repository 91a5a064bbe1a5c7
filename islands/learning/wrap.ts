/**
 * Wraps a paragraph's text in sentence and word spans from its study data, without changing a
 * character of it (markup: docs/learning.md). Browser only; loaded on first use of a learning feature.
 */
import type { EnToken, ZhToken } from "@/lib/learning/study-types";

export interface Range {
  start: number;
  end: number;
}

/** A word to wrap: its range in the paragraph's text, its token index and, for Chinese, its reading. */
export interface WordRange extends Range {
  index: number;
  reading?: string;
}

export function chineseWords(tokens: ZhToken[]): WordRange[] {
  const words: WordRange[] = [];
  let offset = 0;
  tokens.forEach((token, index) => {
    if (token.length === 3)
      words.push({ start: offset, end: offset + token[0], index, reading: token[2] });
    offset += token[0];
  });
  return words;
}

export function englishWordRanges(tokens: EnToken[]): WordRange[] {
  return tokens.map(([start, length], index) => ({ start, end: start + length, index }));
}

/**
 * Wraps the text of `element`: sentences (`sentences[i]` → span.sentence[data-s="{prefix}-{i}"], with
 * `data-with` naming its counterparts) and words (span.word[data-w]; Chinese words get a ruby with
 * their reading, the rt hidden from screen readers). Words inside links stay unwrapped (a link is
 * already one control). Returns the word spans in order.
 */
export function wrapParagraph(
  element: HTMLElement,
  prefix: "en" | "zh",
  sentences: Range[],
  counterparts: string[][],
  words: WordRange[],
): HTMLElement[] {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const wordSpans: HTMLElement[] = [];
  let offset = 0;
  for (const node of nodes) {
    const text = node.data;
    const nodeStart = offset;
    const nodeEnd = offset + text.length;
    offset = nodeEnd;
    if (text.length === 0) continue;
    const inLink = node.parentElement?.closest("a") !== null;
    const cuts = new Set<number>([nodeStart, nodeEnd]);
    for (const range of sentences)
      for (const at of [range.start, range.end]) if (at > nodeStart && at < nodeEnd) cuts.add(at);
    const nodeWords = inLink
      ? []
      : words.filter((word) => word.start >= nodeStart && word.end <= nodeEnd);
    for (const word of nodeWords) cuts.add(word.start).add(word.end);
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = doc.createDocumentFragment();
    let sentenceSpan: HTMLElement | undefined;
    let sentenceIndex = -1;
    for (let k = 0; k < points.length - 1; k++) {
      const start = points[k]!;
      const end = points[k + 1]!;
      const piece = text.slice(start - nodeStart, end - nodeStart);
      const sentence = sentences.findIndex((range) => start >= range.start && end <= range.end);
      if (sentence !== sentenceIndex) {
        sentenceIndex = sentence;
        sentenceSpan = undefined;
        if (sentence >= 0) {
          sentenceSpan = doc.createElement("span");
          sentenceSpan.className = "sentence";
          sentenceSpan.dataset.s = `${prefix}-${sentence}`;
          sentenceSpan.dataset.with = (counterparts[sentence] ?? []).join(" ");
          fragment.append(sentenceSpan);
        }
      }
      const parent = sentenceSpan ?? fragment;
      const word = nodeWords.find(
        (candidate) => candidate.start === start && candidate.end === end,
      );
      if (!word) {
        parent.append(piece);
        continue;
      }
      const span = doc.createElement("span");
      span.className = "word";
      span.dataset.w = String(word.index);
      span.tabIndex = -1;
      if (word.reading) {
        const ruby = doc.createElement("ruby");
        const rt = doc.createElement("rt");
        rt.setAttribute("aria-hidden", "true");
        rt.textContent = word.reading;
        ruby.append(piece, rt);
        span.append(ruby);
      } else span.append(piece);
      parent.append(span);
      wordSpans.push(span);
    }
    node.replaceWith(fragment);
  }
  // One word per paragraph is in the tab order; the arrow keys move between the others.
  if (wordSpans[0]) wordSpans[0].tabIndex = 0;
  return wordSpans;
}

/** The text of some elements as a reader sees it: without the pinyin of the ruby. */
export function plainText(elements: Iterable<Element>): string {
  let text = "";
  for (const element of elements) {
    const clone = element.cloneNode(true) as Element;
    clone.querySelectorAll("rt").forEach((rt) => rt.remove());
    text += clone.textContent ?? "";
  }
  return text.replace(/\s+/g, " ").trim();
}
