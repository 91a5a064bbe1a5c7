/**
 * The learning layer island (root: the article, `data-island="learning"`): the article's study data,
 * its text wrapped in sentence and word spans (wrap.ts), word popovers (hover, tap, Enter), the
 * English word's Chinese equivalent lit up in the aligned sentence, and sentence cross-highlighting.
 *
 * Its chunk loads on the reader's first pointer, touch, focus or key event in the article
 * (islands/boot.ts). Then, in three steps (docs/learning.md, "The first tap"):
 * 1. at once: the study data is fetched (nothing else: the pointer may only be passing);
 * 2. on the first interaction (a press, a click, a key, a focus, a real mouse movement, pinyin or
 *    study mode on): the text is wrapped;
 * 3. the event that woke the layer is answered as if the layer had been there: a tap or click on a
 *    word opens its popover, found at the event's coordinates when the event's target is the
 *    paragraph the word was not yet wrapped in.
 */
import type { StudyData, StudyPair } from "@/lib/learning/study-types";
import { markKey, NOTEBOOK_KEY, peekMarks, type WordMark } from "@/lib/vocabulary/marks";
import { loadStudyData } from "./load";
import type { PairMarkLabels } from "./pair-marks";
import { type PopoverLabels, WordPopover } from "./popover";
import { chineseWords, englishWordRanges, wrapParagraph } from "./wrap";

export interface LayerConfig {
  /** `/study/{hans|hant}/{slug}.json` */
  src: string;
  /** The article's title, for the notebook. */
  title: string;
  slug: string;
  labels: PopoverLabels & PairMarkLabels;
}

/** Dispatched on the island's root to wrap the text now (the pinyin toggle; islands/boot.ts). */
export const WAKE_EVENT = "island-wake";

/** How long a mouse rests on a word before its popover opens. */
const HOVER_DELAY = 350;

/** What the reader did before the words were there, answered once they are. */
type Pending =
  { kind: "tap"; target: EventTarget | null; at: PagePoint } | { kind: "hover"; at: PagePoint };

/** A point of the page (not of the screen): the page may scroll before the words are there. */
interface PagePoint {
  x: number;
  y: number;
}

const pagePoint = (event: MouseEvent): PagePoint => ({
  x: event.clientX + window.scrollX,
  y: event.clientY + window.scrollY,
});

export class LearningLayer {
  private ready = false;
  private wrapping: Promise<boolean> | undefined;
  private pending: Pending | undefined;
  private popover: WordPopover | undefined;
  private data: StudyData | undefined;
  /** Each wrapped paragraph with its original children, put back on dispose. */
  private readonly originals = new Map<HTMLElement, Node[]>();
  private hoverTimer: number | undefined;
  private hoverWord: HTMLElement | null = null;
  private lastMouse: { x: number; y: number } | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly config: LayerConfig,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener("abort", () => this.dispose(), { once: true });
  }

  /** Warms the data, listens, and answers `trigger`, the event that loaded the island. */
  start(trigger?: Event): void {
    // Fetch only: a failure is retried by the first interaction.
    loadStudyData(this.config.src).catch(() => {});
    this.listen();
    const html = document.documentElement;
    if (
      html.dataset.pinyin === "on" ||
      (html.dataset.study ?? "off") !== "off" ||
      html.dataset.colourWords === "on"
    )
      void this.wrap();
    if (trigger) this.answer(trigger);
  }

  /** Loads the data and wraps the text, once; resolves to whether the layer is there. */
  wrap(): Promise<boolean> {
    this.wrapping ??= loadStudyData(this.config.src).then(
      (data) => {
        if (this.signal.aborted) return false;
        this.install(data);
        return true;
      },
      () => {
        this.wrapping = undefined; // a later use tries again
        return false;
      },
    );
    return this.wrapping;
  }

  private install(data: StudyData): void {
    for (const pair of data.pairs) this.wrapPair(pair);
    this.root.dataset.learn = "ready";
    this.popover = new WordPopover(data, this.config, this.signal);
    this.data = data;
    this.colourMarks();
    this.popover.onMark = () => this.colourMarks();
    // Its own chunk, fetched once the words are there: no byte of it before the reader's first use.
    void import("./pair-marks").then(({ addPairMarkButtons }) => {
      if (!this.signal.aborted)
        addPairMarkButtons(this.root, data, this.config.labels, this.signal, () =>
          this.colourMarks(),
        );
    });
    // A mark set in another tab shows here too.
    window.addEventListener(
      "storage",
      (event) => {
        if (event.key === NOTEBOOK_KEY || event.key === null) this.colourMarks();
      },
      { signal: this.signal },
    );
    this.ready = true;
    const pending = this.pending;
    this.pending = undefined;
    if (pending?.kind === "tap") this.tap(pending.target, pending.at);
    else if (pending?.kind === "hover") {
      const word = this.wordAt(null, pending.at);
      if (word) this.hover(word);
    }
  }

  /**
   * Puts each word's mark on its span as a class (`word-learning`, `word-known`), from a peek at the
   * stored marks (marks.ts), and its level unless it is known: a Chinese word's HSK levels as `data-hsk`
   * (3.0) and `data-hsk2` (2.0), an English word's CEFR level as `data-cefr`. CSS colours and underlines the learning ones, and those
   * above the reader's level, when the reader turns colouring on (<html data-colour-words="on">,
   * data-colour-level, data-colour-level-en). docs/learning.md, "Known words".
   */
  private colourMarks(): void {
    const data = this.data;
    if (!data || this.signal.aborted) return;
    const marks = peekMarks(window.localStorage);
    const classes: Record<WordMark, string> = { known: "word-known", learning: "word-learning" };
    for (const pair of data.pairs) {
      const element = this.root.querySelector<HTMLElement>(`[id="p${pair.n}"]`);
      if (!element) continue;
      for (const span of element.querySelectorAll<HTMLElement>(".word[data-w]")) {
        const index = Number(span.dataset.w);
        const english = span.closest("[lang]")?.getAttribute("lang") === "en";
        let key: string | undefined;
        let level: number | undefined;
        let level2: number | undefined;
        if (english) {
          const lemma = data.lemmas[pair.en[index]?.[2] ?? -1];
          if (lemma) key = markKey({ language: "en", word: lemma.l });
          level = lemma?.e;
        } else {
          const token = pair.zh[index];
          const word = token?.length === 3 ? data.words[token[1]] : undefined;
          if (word) key = markKey({ language: "zh", word: word.s });
          level = word?.h;
          level2 = word?.h2;
        }
        const mark = key ? marks[key] : undefined;
        span.classList.toggle(classes.known, mark === "known");
        span.classList.toggle(classes.learning, mark === "learning");
        // Its level, for colouring words above the reader's level (CSS); a known word is not.
        const attribute = english ? "data-cefr" : "data-hsk";
        if (level && mark !== "known") span.setAttribute(attribute, String(level));
        else span.removeAttribute(attribute);
        if (level2 && mark !== "known") span.dataset.hsk2 = String(level2);
        else delete span.dataset.hsk2;
      }
    }
  }

  private wrapPair(pair: StudyPair): void {
    const element = this.root.querySelector<HTMLElement>(`[id="p${pair.n}"]`);
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
    for (const paragraph of [english, chinese])
      this.originals.set(
        paragraph,
        [...paragraph.childNodes].map((node) => node.cloneNode(true)),
      );
    wrapParagraph(english, "en", ranges(pair.es), enWith, englishWordRanges(pair.en));
    wrapParagraph(chinese, "zh", ranges(pair.zs), zhWith, chineseWords(pair.zh));
    english.dataset.learn = "ready";
    chinese.dataset.learn = "ready";
  }

  /** Puts the article back as the server sent it (the popover removes itself on the same signal). */
  private dispose(): void {
    window.clearTimeout(this.hoverTimer);
    highlightSentence(undefined, this.root);
    for (const [paragraph, children] of this.originals) {
      paragraph.replaceChildren(...children);
      delete paragraph.dataset.learn;
    }
    this.originals.clear();
    delete this.root.dataset.learn;
    this.data = undefined;
    this.ready = false;
    this.pending = undefined;
  }

  /** The event that loaded the island, or one that came before the words were wrapped. */
  private answer(event: Event): void {
    if (event.type === "click" && event instanceof MouseEvent) {
      // A click on a button or link beside the text is that control's, not a word's.
      if (inText(event.target))
        this.pending = { kind: "tap", target: event.target, at: pagePoint(event) };
    } else if (event.type === "pointerover" && isMouse(event)) {
      // The mouse came onto the article: what it rests on once the words are there is hovered.
      this.pending = { kind: "hover", at: pagePoint(event) };
    } else if (event.type === "pointerover" || event.type === "touchstart") {
      return; // a finger on its way: the data is warming, its click follows
    }
    // pointerdown (its click follows and is answered then), focusin, keydown: wrap now.
    void this.wrap();
  }

  /** The word span an event was meant for: its target, else what is under its point now. */
  private wordAt(target: EventTarget | null, at: PagePoint): HTMLElement | null {
    const own = wordOf(target);
    if (own?.isConnected) return own;
    // Wrapped after the press: the click's target is the paragraph, the word is under its point.
    const hit = document.elementFromPoint(at.x - window.scrollX, at.y - window.scrollY);
    const word = wordOf(hit);
    return word && this.root.contains(word) ? word : null;
  }

  private tap(target: EventTarget | null, at: PagePoint): void {
    const word = this.wordAt(target, at);
    if (!word || !this.popover) return;
    highlightSentence(word.closest(".sentence") ?? undefined, this.root);
    void this.popover.open(word, "tap");
  }

  private cancelHover(): void {
    window.clearTimeout(this.hoverTimer);
    this.hoverWord = null;
  }

  private hover(target: Node): void {
    const word = wordOf(target);
    if (word === this.hoverWord) return;
    this.cancelHover();
    if (!word || !this.popover || this.popover.pinned) return;
    this.hoverWord = word;
    const popover = this.popover;
    this.hoverTimer = window.setTimeout(() => {
      this.hoverWord = null;
      void popover.open(word, "hover");
    }, HOVER_DELAY);
  }

  private listen(): void {
    const { root, signal } = this;
    const on = <K extends keyof HTMLElementEventMap>(
      target: HTMLElement | Document,
      type: K,
      handler: (event: HTMLElementEventMap[K]) => void,
    ) => target.addEventListener(type, handler as EventListener, { signal, passive: false });

    on(root, WAKE_EVENT as keyof HTMLElementEventMap, () => void this.wrap());

    // Hover opens a popover only after the mouse itself moved onto a word. When the page scrolls
    // under a still mouse (wheel, keyboard, read-aloud bringing the next pair into view), words pass
    // under the pointer and the browser sends pointerover, and may send a pointermove at the same
    // spot: a move counts only if the pointer's position on the screen changed.
    on(document, "pointermove", (event) => {
      if (event.pointerType !== "mouse") return;
      const moved = this.lastMouse?.x !== event.screenX || this.lastMouse?.y !== event.screenY;
      this.lastMouse = { x: event.screenX, y: event.screenY };
      if (!moved || !(event.target instanceof Node) || !root.contains(event.target)) return;
      if (this.ready) this.hover(event.target);
      else {
        this.pending = { kind: "hover", at: pagePoint(event) };
        void this.wrap();
      }
    });
    on(root, "pointerover", (event) => {
      const sentence = sentenceOf(event.target);
      if (sentence && !this.popover?.pinned) highlightSentence(sentence, root);
    });
    on(root, "pointerout", (event) => {
      const popover = this.popover;
      const to = event.relatedTarget;
      if (event.pointerType === "mouse" && !(to instanceof Node && this.hoverWord?.contains(to)))
        this.cancelHover();
      if (!popover || popover.pinned) return;
      if (!(to instanceof Element && root.contains(to) && sentenceOf(to)))
        highlightSentence(undefined, root);
      if (event.pointerType === "mouse") popover.closeSoon();
    });
    on(root, "pointerdown", () => void this.wrap());
    on(root, "click", (event) => {
      if (!this.ready) {
        if (inText(event.target)) this.answer(event);
        else void this.wrap();
        return;
      }
      if (inText(event.target)) this.tap(event.target, pagePoint(event));
    });
    on(root, "focusin", (event) => {
      if (!this.ready) return void this.wrap();
      const word = wordOf(event.target);
      if (word) highlightSentence(sentenceOf(word) ?? undefined, root);
    });
    on(root, "keydown", (event) => {
      const word = wordOf(event.target);
      if (!word || !this.popover) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        void this.popover.open(word, "keyboard");
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
  }
}

function isMouse(event: Event): event is PointerEvent {
  return "pointerType" in event && event.pointerType === "mouse";
}

const wordOf = (target: EventTarget | null | undefined) =>
  target instanceof Element ? target.closest<HTMLElement>(".word") : null;
const sentenceOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>(".sentence") : null;

/** Whether an event's target is in a pair's text (not a button or link beside it). */
function inText(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest(".pair > [lang]") !== null &&
    target.closest("a, button") === null
  );
}

/** Marks a sentence's counterparts (and the sentence itself) in its pair; `undefined` clears. */
export function highlightSentence(sentence: Element | undefined, root: ParentNode): void {
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

/** The island's entry (islands/registry.ts): the article carries its configuration. */
export default function install(root: HTMLElement, signal: AbortSignal, trigger?: Event): void {
  const config: LayerConfig = {
    src: root.dataset.src ?? "",
    title: root.dataset.title ?? "",
    slug: root.dataset.slug ?? "",
    labels: JSON.parse(root.dataset.labels ?? "{}") as LayerConfig["labels"],
  };
  if (!config.src) return;
  new LearningLayer(root, config, signal).start(trigger);
}
