/**
 * The word popover: a non-modal dialog next to the word (a sheet at the bottom on phones) with the
 * word, its reading in context, Simplified and Traditional forms and CC-CEDICT meanings (Chinese), or
 * the base form and Chinese equivalents (English, with the equivalent lit up in the aligned Chinese
 * sentence), and Save. Built with DOM calls and textContent only: no HTML from data reaches the page.
 */
import { computePosition, flip, offset, shift } from "@floating-ui/dom";
import type { WordToSave } from "@/lib/vocabulary/notebook";
import {
  type MarkedWord,
  markKey,
  peekMarks,
  storeMarks,
  type WordMark,
} from "@/lib/vocabulary/marks";
import { cefrLabel, hskLabel } from "@/lib/learning/level-labels";
import type { StudyData, StudyWord } from "@/lib/learning/study-types";
import { plainText } from "./wrap";

export interface PopoverLabels {
  wordDialog: string;
  inContext: string;
  simplified: string;
  traditional: string;
  byCharacter: string;
  noMeaning: string;
  baseForm: string;
  equivalents: string;
  inSentence: string;
  save: string;
  saved: string;
  saveFailed: string;
  close: string;
  /** "Level" */
  level: string;
  /** "CEFR {level}" */
  cefr: string;
  /** "HSK 2.0: {level}" */
  hsk2: string;
  /** On the CET-4 word list; only on the CET-6 list. */
  cet4: string;
  cet6: string;
  /** The mark buttons' group: "Your mark" */
  marks: string;
  known: string;
  learning: string;
  /** The notebook could not be read and was started afresh (shown after a mark). */
  notebookReset: string;
}

export type How = "hover" | "tap" | "keyboard";

/**
 * One page's word popover. It owns its dialog element, its timers and its listeners: all of them go
 * when `signal` aborts (the learning island's life, docs/islands.md).
 */
export class WordPopover {
  pinned = false;
  private element: HTMLElement | undefined;
  private word: HTMLElement | undefined;
  private closeTimer: number | undefined;
  /** Counts placements, so that a slow one finishing after a newer one is dropped. */
  private placing = 0;
  /** Told of every mark the reader sets (the layer re-colours the text). */
  onMark: ((word: MarkedWord, mark: WordMark | null) => void) | undefined;

  constructor(
    private readonly data: StudyData,
    private readonly config: { title: string; slug: string; labels: PopoverLabels },
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener("abort", () => this.destroy(), { once: true });
  }

  /** The word whose popover is open, if any. */
  get openWord(): HTMLElement | undefined {
    return this.element && !this.element.hidden ? this.word : undefined;
  }

  /** Opens the word's popover; resolves once it is placed (or not opened: an unknown word). */
  async open(word: HTMLElement, how: How): Promise<void> {
    if (this.signal.aborted) return;
    window.clearTimeout(this.closeTimer);
    if (this.word === word && this.element && !this.element.hidden) {
      if (how !== "hover") this.pin(how);
      return;
    }
    this.close(false);
    const dialog = this.dialog();
    const content = this.content(word);
    if (!content) return;
    dialog.replaceChildren(...content);
    this.word = word;
    word.setAttribute("data-open", "");
    this.pinned = false;
    // Shown but invisible while it is placed, so it never flashes at its last place.
    dialog.style.visibility = "hidden";
    dialog.hidden = false;
    const placing = ++this.placing;
    await this.place(word, dialog);
    if (placing !== this.placing || this.word !== word) return;
    dialog.style.visibility = "";
    if (how !== "hover") this.pin(how);
  }

  closeSoon(): void {
    window.clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      if (!this.pinned && !this.element?.matches(":hover")) this.close(false);
    }, 300);
  }

  close(restoreFocus = true): void {
    window.clearTimeout(this.closeTimer);
    const word = this.word;
    const focusInside = this.element?.contains(document.activeElement) ?? false;
    if (this.element) this.element.hidden = true;
    this.word = undefined;
    this.pinned = false;
    this.placing++;
    document
      .querySelectorAll("[data-lit-word]")
      .forEach((lit) => lit.removeAttribute("data-lit-word"));
    word?.removeAttribute("data-open");
    if (restoreFocus && word && (focusInside || document.activeElement === document.body))
      word.focus();
  }

  /** Takes everything down: the dialog, its timers, the marks it set on the page. */
  private destroy(): void {
    this.close(false);
    this.element?.remove();
    this.element = undefined;
  }

  private pin(how: How): void {
    this.pinned = true;
    if (how === "keyboard") this.element?.focus();
  }

  private dialog(): HTMLElement {
    if (this.element) return this.element;
    const signal = this.signal;
    const dialog = document.createElement("div");
    dialog.className = "word-popover";
    dialog.setAttribute("role", "dialog");
    dialog.tabIndex = -1;
    dialog.hidden = true;
    dialog.addEventListener("pointerleave", (event) => {
      if (event.pointerType === "mouse" && !this.pinned) this.closeSoon();
    });
    dialog.addEventListener("pointerenter", () => window.clearTimeout(this.closeTimer));
    dialog.addEventListener("focusout", (event) => {
      const to = event.relatedTarget;
      if (to instanceof Node && (dialog.contains(to) || to === this.word)) return;
      if (to !== null) this.close(false);
    });
    // Escape anywhere (focus in the dialog, on the word or on the page) closes it, and focus returns
    // to the word when it was in the dialog.
    document.addEventListener(
      "keydown",
      (event) => {
        if (event.key !== "Escape" || !this.word || dialog.hidden) return;
        event.preventDefault();
        this.close(true);
      },
      { signal },
    );
    document.addEventListener(
      "pointerdown",
      (event) => {
        const target = event.target;
        if (dialog.hidden || !(target instanceof Node)) return;
        if (dialog.contains(target) || this.word?.contains(target)) return;
        this.close(false);
      },
      { signal },
    );
    document.body.append(dialog);
    this.element = dialog;
    return dialog;
  }

  /**
   * Next to the word (@floating-ui/dom): below it, else above it, moved sideways to stay on screen;
   * and never over the Chinese word an English word lights up (the point of looking the English word
   * up): if it would cover it, it is placed against the box of both words instead. On a phone the
   * dialog is a sheet at the bottom of the screen (CSS): the page scrolls so that the lit word, or
   * the word itself, stays in sight above it. docs/learning.md.
   */
  private async place(word: HTMLElement, dialog: HTMLElement): Promise<void> {
    const lit = document.querySelector<HTMLElement>("[data-lit-word]");
    if (getComputedStyle(dialog).position === "fixed") {
      const keep = (lit ?? word).getBoundingClientRect();
      const room = window.innerHeight - dialog.offsetHeight - 12;
      if (keep.bottom > room) window.scrollBy({ top: keep.bottom - room, behavior: "instant" });
      return;
    }
    const options = {
      strategy: "absolute" as const,
      placement: "bottom-start" as const,
      middleware: [
        offset(8),
        flip({ fallbackPlacements: ["top-start"], padding: 8 }),
        shift({ padding: 8 }),
      ],
    };
    let { x, y } = await computePosition(word, dialog, options);
    const avoid = lit && margin(lit.getBoundingClientRect(), 4);
    if (avoid && overlaps(boxAt(dialog, x, y), avoid)) {
      const both = union(margin(word.getBoundingClientRect(), 0), avoid);
      ({ x, y } = await computePosition(
        { getBoundingClientRect: () => both, contextElement: word },
        dialog,
        options,
      ));
    }
    dialog.style.left = `${x}px`;
    dialog.style.top = `${y}px`;
  }

  /** The dialog's content for a word span, or undefined when the data does not know it. */
  private content(word: HTMLElement): Node[] | undefined {
    const paragraph = word.closest<HTMLElement>("[lang]");
    const pairElement = paragraph?.parentElement;
    const n = Number(pairElement?.id.slice(1));
    const pair = this.data.pairs.find((candidate) => candidate.n === n);
    const index = Number(word.dataset.w);
    if (!paragraph || !pair || !pairElement) return undefined;
    const shown = plainText([word]);
    const labels = this.config.labels;
    const heading = el("h2", "word-popover-word", shown);
    heading.lang = paragraph.lang;
    heading.id = "word-popover-title";
    this.element?.setAttribute("aria-label", labels.wordDialog.replace("{word}", shown));
    const close = el("button", "word-popover-close", "×");
    close.setAttribute("type", "button");
    close.setAttribute("aria-label", labels.close);
    close.addEventListener("click", () => this.close(true), { signal: this.signal });
    const sentence = sentenceText(word);
    // One status line for the marks and Save, after both.
    const status = el("p", "word-popover-status", "");
    status.setAttribute("role", "status");

    if (paragraph.lang === "en") {
      const token = pair.en[index];
      if (!token) return undefined;
      const [, , lemmaIndex, lit] = token;
      const lemma = this.data.lemmas[lemmaIndex];
      const parts: Node[] = [close, heading];
      if (lemma && lemma.l !== shown.toLowerCase())
        parts.push(labelled(labels.baseForm, lemma.l, "en"));
      const levels = [
        lemma?.e ? labels.cefr.replace("{level}", cefrLabel(lemma.e)) : "",
        lemma?.c ? labels[lemma.c === 4 ? "cet4" : "cet6"] : "",
      ].filter(Boolean);
      if (levels.length > 0) parts.push(labelled(labels.level, levels.join(" · "), ""));
      const equivalents = (lemma?.z ?? []).map((w) => this.data.words[w]!).filter(Boolean);
      const litWord = lit >= 0 ? litSpan(pairElement, lit) : undefined;
      if (litWord) litWord.setAttribute("data-lit-word", "");
      if (equivalents.length > 0) {
        parts.push(el("p", "word-popover-label", labels.equivalents));
        const list = el("ul", "word-popover-equivalents", "");
        const litToken = lit >= 0 ? pair.zh[lit] : undefined;
        const litIndex = litToken && litToken.length === 3 ? litToken[1] : -1;
        for (const equivalent of equivalents) {
          const item = el("li", "", "");
          const form = el("span", "word-popover-zh", this.form(equivalent));
          form.lang = this.zhLang();
          item.append(form, " ", el("span", "word-popover-pinyin", equivalent.r[0]?.[0] ?? ""));
          if (this.data.words.indexOf(equivalent) === litIndex) item.dataset.lit = "";
          list.append(item);
        }
        parts.push(list);
      }
      if (litWord) {
        const note = labelled(labels.inSentence, plainText([litWord]), this.zhLang());
        parts.push(note);
      }
      parts.push(
        this.markButtons({ language: "en", word: lemma?.l ?? shown }, status),
        this.saveButton(
          {
            language: "en",
            word: shown,
            reading: lemma?.l ?? shown,
            meaning: equivalents.map((e) => `${this.form(e)} (${e.r[0]?.[0] ?? ""})`).join("; "),
            sentence: sentence.text,
            translation: sentence.translation,
            article: { slug: this.config.slug, title: this.config.title },
            href: `${location.pathname}#p${n}`,
          },
          status,
        ),
      );
      return parts;
    }

    const token = pair.zh[index];
    if (!token || token.length !== 3) return undefined;
    const entry = this.data.words[token[1]];
    if (!entry) return undefined;
    const parts: Node[] = [close, heading, labelled(labels.inContext, token[2], "zh-Latn-pinyin")];
    const forms = el("p", "word-popover-forms", "");
    forms.append(
      labels.simplified,
      " ",
      zh(entry.s, "zh-Hans"),
      " · ",
      labels.traditional,
      " ",
      zh(entry.t ?? entry.s, "zh-Hant"),
    );
    parts.push(forms);
    if (entry.h || entry.h2) {
      const levels = [
        entry.h ? hskLabel(entry.h) : "",
        entry.h2 ? labels.hsk2.replace("{level}", String(entry.h2)) : "",
      ];
      parts.push(labelled(labels.level, levels.filter(Boolean).join(" · "), ""));
    }
    parts.push(...this.meanings(entry, token[2]));
    if (entry.r.length === 0 && entry.c) {
      parts.push(el("p", "word-popover-label", labels.byCharacter));
      for (const charIndex of entry.c) {
        const char = this.data.words[charIndex];
        if (!char) continue;
        const block = el("div", "word-popover-char", "");
        block.append(zh(this.form(char), this.zhLang()), ...this.meanings(char, ""));
        parts.push(block);
      }
    } else if (entry.r.length === 0) parts.push(el("p", "", labels.noMeaning));
    const reading = entry.r.find(([r]) => sameReading(r, token[2])) ?? entry.r[0];
    parts.push(
      this.markButtons({ language: "zh", word: entry.s }, status),
      this.saveButton(
        {
          language: "zh",
          word: shown,
          reading: token[2],
          meaning: (reading?.[1] ?? []).join("; "),
          sentence: sentence.text,
          translation: sentence.translation,
          article: { slug: this.config.slug, title: this.config.title },
          href: `${location.pathname}#p${n}`,
        },
        status,
      ),
    );
    return parts;
  }

  /** Readings with their meanings, the one read here first. */
  private meanings(entry: StudyWord, here: string): Node[] {
    const readings = [...entry.r].sort(
      (a, b) => Number(sameReading(b[0], here)) - Number(sameReading(a[0], here)),
    );
    const list = el("dl", "word-popover-meanings", "");
    for (const [reading, meanings] of readings) {
      if (meanings.length === 0) continue;
      const term = el("dt", "word-popover-pinyin", reading);
      term.lang = "zh-Latn-pinyin";
      const senses = el("ol", "", "");
      for (const meaning of meanings) {
        const item = el("li", "", meaning);
        item.lang = "en";
        senses.append(item);
      }
      const detail = el("dd", "", "");
      detail.append(senses);
      list.append(term, detail);
    }
    return list.childElementCount > 0 ? [list] : [];
  }

  private saveButton(word: WordToSave, status: HTMLElement): HTMLElement {
    const labels = this.config.labels;
    const button = el("button", "word-popover-save", labels.save);
    button.setAttribute("type", "button");
    button.addEventListener(
      "click",
      async () => {
        let ok = false;
        try {
          // The notebook validates with zod: a chunk of its own, fetched on the first Save only.
          const { saveWord } = await import("@/lib/vocabulary/notebook");
          ok = saveWord(window.localStorage, word).ok;
        } catch {
          ok = false;
        }
        status.textContent = ok ? labels.saved : labels.saveFailed;
        if (ok) button.setAttribute("aria-pressed", "true");
      },
      { signal: this.signal },
    );
    const wrapper = el("div", "word-popover-actions", "");
    wrapper.append(button, status);
    return wrapper;
  }

  /**
   * Known and Learning, two toggle buttons (aria-pressed): pressing one marks the word so, pressing it
   * again clears the mark. The mark shown comes from a peek at the store (marks.ts, no zod); a mark is
   * written by the notebook module, loaded on the first press like Save's, which resets a store it
   * cannot read and says so here. docs/learning.md, "Known words".
   */
  private markButtons(word: MarkedWord, status: HTMLElement): HTMLElement {
    const labels = this.config.labels;
    const group = el("div", "word-popover-marks", "");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", labels.marks);
    let current = peekMarks(window.localStorage)[markKey(word)];
    const buttons = (["known", "learning"] as const).map((mark) => {
      const button = el("button", "word-popover-mark", labels[mark]);
      button.setAttribute("type", "button");
      button.dataset.mark = mark;
      return button;
    });
    const show = () => {
      for (const button of buttons)
        button.setAttribute("aria-pressed", String(button.dataset.mark === current));
    };
    show();
    for (const button of buttons) {
      button.addEventListener(
        "click",
        async () => {
          const next = button.dataset.mark === current ? null : (button.dataset.mark as WordMark);
          const { ok, reset } = await storeMarks(window.localStorage, [word], next);
          if (ok) current = next ?? undefined;
          show();
          status.textContent = !ok ? labels.saveFailed : reset ? labels.notebookReset : "";
          if (ok) this.onMark?.(word, next);
        },
        { signal: this.signal },
      );
    }
    group.append(...buttons);
    return group;
  }

  private zhLang(): string {
    return this.data.script === "hant" ? "zh-Hant" : "zh-Hans";
  }

  private form(word: StudyWord): string {
    return this.data.script === "hant" ? (word.t ?? word.s) : word.s;
  }
}

function el(tag: string, className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}

function zh(text: string, lang: string): HTMLElement {
  const span = el("span", "word-popover-zh", text);
  span.lang = lang;
  return span;
}

function labelled(label: string, value: string, lang: string): HTMLElement {
  const p = el("p", "word-popover-line", "");
  const v = el("span", "word-popover-value", value);
  if (lang) v.lang = lang;
  p.append(el("span", "word-popover-label", label), " ", v);
  return p;
}

/** The Chinese token `index` of a pair, as a span on the page. */
function litSpan(pair: HTMLElement, index: number): HTMLElement | undefined {
  return (
    pair.querySelector<HTMLElement>(`:scope > [lang|="zh"] .word[data-w="${index}"]`) ?? undefined
  );
}

/** Tone marks compared without the tone changes of 一 and 不 (yí gè is yī gè in the dictionary). */
function sameReading(a: string, b: string): boolean {
  const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return a === b || strip(a) === strip(b);
}

/** The sentence a word is in and the aligned sentences of the other language, as text. */
function sentenceText(word: HTMLElement): { text: string; translation: string } {
  const sentence = word.closest(".sentence");
  const pair = word.closest(".pair");
  if (!sentence || !pair) return { text: "", translation: "" };
  const name = sentence.getAttribute("data-s");
  const text = plainText(pair.querySelectorAll(`[data-s="${name}"]`));
  const others = (sentence.getAttribute("data-with") ?? "").split(" ").filter(Boolean);
  const translation = others
    .map((other) => plainText(pair.querySelectorAll(`[data-s="${other}"]`)))
    .join(" ");
  return { text, translation };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  top: number;
  left: number;
  right: number;
  bottom: number;
}

function margin(rect: DOMRect | Box, by: number): Box {
  return box(rect.left - by, rect.top - by, rect.right + by, rect.bottom + by);
}

function box(left: number, top: number, right: number, bottom: number): Box {
  return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top };
}

function union(a: Box, b: Box): Box {
  return box(
    Math.min(a.left, b.left),
    Math.min(a.top, b.top),
    Math.max(a.right, b.right),
    Math.max(a.bottom, b.bottom),
  );
}

/** The dialog's box on screen if it were at (x, y) of its offset parent (the page). */
function boxAt(dialog: HTMLElement, x: number, y: number): Box {
  const parent = (dialog.offsetParent ?? document.documentElement).getBoundingClientRect();
  const left = x + parent.left;
  const top = y + parent.top;
  return box(left, top, left + dialog.offsetWidth, top + dialog.offsetHeight);
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
