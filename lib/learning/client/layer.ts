/**
 * The learning layer in the page: fetches the article's study data once, wraps each pair's text in
 * sentence and word spans (wrap.ts), and answers the reader: word popovers (hover, tap, Enter), the
 * English word's Chinese equivalent lit up in the aligned sentence, and sentence cross-highlighting.
 * Loaded on demand (dynamic import) the first time a learning feature is used; docs/learning.md.
 */
import type { StudyData, StudyPair } from "../study-types";
import { loadStudyData } from "./load";
import { type PopoverLabels, WordPopover } from "./popover";
import { chineseWords, englishWordRanges, wrapParagraph } from "./wrap";

export interface LayerConfig {
  /** `/study/{hans|hant}/{slug}.json` */
  src: string;
  /** The article's title, for the notebook. */
  title: string;
  slug: string;
  labels: PopoverLabels;
}

let config: LayerConfig | undefined;
let ready: Promise<boolean> | undefined;

/** Tells the layer where its data is and how to speak; the toolbar calls it once per page. */
export function configureStudyLayer(next: LayerConfig): void {
  if (config?.src !== next.src) ready = undefined;
  config = next;
}

/**
 * Loads the study data and wraps the article's text, once per page; resolves to whether the layer is
 * there. Other features that need the sentence spans (read-aloud) await it.
 */
export function ensureStudyLayer(): Promise<boolean> {
  if (!config) return Promise.resolve(false);
  const current = config;
  ready ??= loadStudyData(current.src).then(
    (data) => {
      install(data, current);
      return true;
    },
    () => {
      ready = undefined; // a later use tries again
      return false;
    },
  );
  return ready;
}

function install(data: StudyData, current: LayerConfig): void {
  const root = document.querySelector<HTMLElement>(".reading");
  if (!root || root.dataset.learn === "ready") return;
  for (const pair of data.pairs) wrapPair(pair);
  root.dataset.learn = "ready";
  const popover = new WordPopover(data, current);
  listen(root, data, popover);
}

function wrapPair(pair: StudyPair): void {
  const element = document.getElementById(`p${pair.n}`);
  const english = element?.querySelector<HTMLElement>(':scope > [lang="en"]');
  const chinese = element?.querySelector<HTMLElement>(':scope > [lang|="zh"]');
  if (!english || !chinese || english.dataset.learn === "ready") return;
  const enWith = pair.es.map(() => [] as string[]);
  const zhWith = pair.zs.map(() => [] as string[]);
  for (const [en, zh] of pair.b) {
    for (const i of en) enWith[i]?.push(...zh.map((j) => `zh-${j}`));
    for (const j of zh) zhWith[j]?.push(...en.map((i) => `en-${i}`));
  }
  const ranges = (list: [number, number][]) => list.map(([start, end]) => ({ start, end }));
  wrapParagraph(english, "en", ranges(pair.es), enWith, englishWordRanges(pair.en));
  wrapParagraph(chinese, "zh", ranges(pair.zs), zhWith, chineseWords(pair.zh));
  english.dataset.learn = "ready";
  chinese.dataset.learn = "ready";
}

/** The pair a node is in, and which language. */
export function placeOf(
  node: Element,
): { pair: HTMLElement; n: number; language: "en" | "zh" } | undefined {
  const paragraph = node.closest<HTMLElement>('[data-learn="ready"][lang]');
  const pair = paragraph?.parentElement;
  if (!paragraph || !pair || !/^p\d+$/.test(pair.id)) return undefined;
  return { pair, n: Number(pair.id.slice(1)), language: paragraph.lang === "en" ? "en" : "zh" };
}

/** Marks a sentence's counterparts (and the sentence itself) in its pair; `undefined` clears. */
export function highlightSentence(
  sentence: Element | undefined,
  root: ParentNode = document,
): void {
  root
    .querySelectorAll("[data-lit-sentence]")
    .forEach((lit) => lit.removeAttribute("data-lit-sentence"));
  if (!sentence) return;
  const pair = sentence.closest(".pair");
  const own = sentence.getAttribute("data-s");
  const names = [own, ...(sentence.getAttribute("data-with") ?? "").split(" ")].filter(Boolean);
  for (const name of names)
    pair
      ?.querySelectorAll(`[data-s="${name}"]`)
      .forEach((span) => span.setAttribute("data-lit-sentence", name === own ? "self" : "other"));
}

function listen(root: HTMLElement, data: StudyData, popover: WordPopover): void {
  const wordOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(".word") : null;
  const sentenceOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(".sentence") : null;

  // Hover opens a popover only after the mouse itself moved onto a word. When the page scrolls under
  // a still mouse (wheel, keyboard, read-aloud bringing the next pair into view), words pass under
  // the pointer and the browser sends pointerover, and may send a pointermove at the same spot: a
  // move counts only if the pointer's position on the screen changed.
  let hoverTimer: number | undefined;
  let hoverWord: HTMLElement | null = null;
  let lastMouse: { x: number; y: number } | undefined;
  const cancelHover = () => {
    window.clearTimeout(hoverTimer);
    hoverWord = null;
  };
  const hover = (target: Node) => {
    const word = wordOf(target);
    if (word === hoverWord) return;
    cancelHover();
    if (!word || popover.pinned) return;
    hoverWord = word;
    hoverTimer = window.setTimeout(() => {
      hoverWord = null;
      popover.open(word, "hover");
    }, 350);
  };
  document.addEventListener(
    "pointermove",
    (event) => {
      if (event.pointerType !== "mouse") return;
      const moved = lastMouse?.x !== event.screenX || lastMouse?.y !== event.screenY;
      lastMouse = { x: event.screenX, y: event.screenY };
      if (moved && event.target instanceof Node && root.contains(event.target)) hover(event.target);
    },
    { passive: true },
  );

  root.addEventListener("pointerover", (event) => {
    const sentence = sentenceOf(event.target);
    if (sentence && !popover.pinned) highlightSentence(sentence);
  });
  root.addEventListener("pointerout", (event) => {
    const to = event.relatedTarget;
    if (event.pointerType === "mouse" && !(to instanceof Node && hoverWord?.contains(to)))
      cancelHover();
    if (!popover.pinned && !(to instanceof Element && root.contains(to) && sentenceOf(to)))
      highlightSentence(undefined);
    if (event.pointerType === "mouse" && !popover.pinned) popover.closeSoon();
  });
  root.addEventListener("click", (event) => {
    const word = wordOf(event.target);
    if (!word) return;
    highlightSentence(sentenceOf(word) ?? undefined);
    popover.open(word, "tap");
  });
  root.addEventListener("focusin", (event) => {
    const word = wordOf(event.target);
    if (word) highlightSentence(sentenceOf(word) ?? undefined);
  });
  root.addEventListener("keydown", (event) => {
    const word = wordOf(event.target);
    if (!word) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      popover.open(word, "keyboard");
    } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      event.preventDefault();
      moveFocus(word, event.key === "ArrowRight" ? 1 : -1);
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      const words = wordsOf(word);
      const target = event.key === "Home" ? words[0] : words.at(-1);
      if (target) focusWord(word, target);
    }
  });
  void data;
}

function wordsOf(word: HTMLElement): HTMLElement[] {
  const paragraph = word.closest('[data-learn="ready"][lang]');
  return paragraph ? [...paragraph.querySelectorAll<HTMLElement>(".word")] : [];
}

function moveFocus(word: HTMLElement, step: number): void {
  const words = wordsOf(word);
  const next = words[words.indexOf(word) + step];
  if (next) focusWord(word, next);
}

/** Roving tabindex: the focused word is the paragraph's one tab stop. */
function focusWord(from: HTMLElement, to: HTMLElement): void {
  from.tabIndex = -1;
  to.tabIndex = 0;
  to.focus();
}
