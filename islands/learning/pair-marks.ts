/**
 * "Mark all known", one button per paragraph pair, shown while Colour words is on: it marks every word
 * of the pair, in both languages, that has no mark yet as known (words marked learning stay so), and
 * becomes "Undo", which clears exactly those marks again. Added by the learning layer once its words
 * are there; the marks are written by the notebook module like the popover's (docs/learning.md,
 * "Known words").
 */
import type { StudyData, StudyPair } from "@/lib/learning/study-types";
import { type MarkedWord, markKey, peekMarks, storeMarks } from "@/lib/vocabulary/marks";

export interface PairMarkLabels {
  /** The button's text and its name with the pair's number ({n}): "Mark all known in paragraph 3". */
  markPair: string;
  markPairNamed: string;
  /** After marking: the same button, to take those marks back. */
  undoPair: string;
  undoPairNamed: string;
  /** Read out after marking: "{count} words marked known". */
  pairMarked: string;
  /** The notebook could not be read and was started afresh; the mark could not be stored. */
  notebookReset: string;
  saveFailed: string;
}

/** Every word of a pair, once each: Chinese by Simplified form, English by base form (as marks are kept). */
export function pairWords(data: StudyData, pair: StudyPair): MarkedWord[] {
  const words = new Map<string, MarkedWord>();
  const add = (word: MarkedWord) => words.set(markKey(word), word);
  for (const token of pair.zh) {
    const word = token.length === 3 ? data.words[token[1]] : undefined;
    if (word) add({ language: "zh", word: word.s });
  }
  for (const [, , lemma] of pair.en) {
    const base = data.lemmas[lemma];
    if (base) add({ language: "en", word: base.l });
  }
  return [...words.values()];
}

/**
 * Puts the button at the end of each pair (after its two paragraphs: the markup contract's elements are
 * left as they are). `onMarked` is told after every change, so the layer can re-colour the words.
 */
export function addPairMarkButtons(
  root: HTMLElement,
  data: StudyData,
  labels: PairMarkLabels,
  signal: AbortSignal,
  onMarked: () => void,
): void {
  const added: HTMLElement[] = [];
  for (const pair of data.pairs) {
    const element = root.querySelector<HTMLElement>(`[id="p${pair.n}"]`);
    if (!element) continue;
    const box = document.createElement("div");
    box.className = "pair-marks no-print";
    const button = document.createElement("button");
    button.type = "button";
    const status = document.createElement("span");
    status.className = "sr-only";
    status.setAttribute("role", "status");
    box.append(button, status);
    element.append(box);
    added.push(box);

    /** The words this button marked known, while "Undo" is offered. */
    let marked: MarkedWord[] = [];
    const show = () => {
      const undo = marked.length > 0;
      button.textContent = undo ? labels.undoPair : labels.markPair;
      button.setAttribute(
        "aria-label",
        (undo ? labels.undoPairNamed : labels.markPairNamed).replace("{n}", String(pair.n)),
      );
    };
    show();
    button.addEventListener(
      "click",
      async () => {
        const undo = marked.length > 0;
        const marks = peekMarks(window.localStorage);
        const words = undo ? marked : pairWords(data, pair).filter((word) => !marks[markKey(word)]);
        const { ok, reset } = await storeMarks(window.localStorage, words, undo ? null : "known");
        if (ok) marked = undo ? [] : words;
        show();
        status.textContent = !ok
          ? labels.saveFailed
          : reset
            ? labels.notebookReset
            : undo
              ? ""
              : labels.pairMarked.replace("{count}", String(words.length));
        if (ok) onMarked();
      },
      { signal },
    );
  }
  signal.addEventListener("abort", () => added.forEach((box) => box.remove()), { once: true });
}
