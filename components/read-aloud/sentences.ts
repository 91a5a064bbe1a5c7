/**
 * The sentences of one paragraph on the page, as text to speak and a DOM Range to highlight. Offsets
 * come from the article's study data (the sentence map, docs/learning.md): they count the
 * paragraph's text nodes in order, so pinyin shown in <rt> (and its <rp> fallbacks) is skipped here.
 */

export interface SpokenSentence {
  text: string;
  range: Range;
  start: number;
  end: number;
}

function readableTextNodes(element: Element): Text[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest("rt, rp") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/**
 * Cuts a paragraph element into sentences at `[start, end)` offsets; with no offsets (the study data
 * could not be loaded), the whole paragraph is one sentence.
 */
export function spokenSentences(
  element: Element,
  offsets: readonly (readonly [number, number])[] | undefined,
): SpokenSentence[] {
  const nodes = readableTextNodes(element);
  const starts: number[] = [];
  let total = 0;
  for (const node of nodes) {
    starts.push(total);
    total += node.data.length;
  }
  const at = (offset: number): [Text, number] | undefined => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      if (offset >= starts[i]!) return [nodes[i]!, Math.min(offset - starts[i]!, nodes[i]!.length)];
    }
    return undefined;
  };
  const cuts = offsets && offsets.length > 0 ? offsets : [[0, total] as const];
  const sentences: SpokenSentence[] = [];
  for (const [start, end] of cuts) {
    const from = at(Math.min(start, total));
    const to = at(Math.min(end, total));
    if (!from || !to) continue;
    const range = document.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    const text = nodes
      .map((node, i) =>
        node.data.slice(Math.max(0, start - starts[i]!), Math.max(0, end - starts[i]!)),
      )
      .join("")
      .trim();
    if (text) sentences.push({ text, range, start, end });
  }
  return sentences;
}

/**
 * The Range of `[start, end)` in the element as it is now. The learning layer may wrap the text in
 * word and sentence spans while a pair is read (same characters, new text nodes), which empties a
 * Range made before; so each sentence's Range is made when it is highlighted.
 */
export function rangeOf(element: Element, start: number, end: number): Range | undefined {
  return spokenSentences(element, [[start, end]])[0]?.range;
}
