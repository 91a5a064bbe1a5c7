// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { STUDY_DATA_VERSION, type StudyData } from "@/lib/learning/study-types";
import install, { type LayerConfig, WAKE_EVENT } from "./layer";

const SRC = "/study/hans/test-article.json";

// "Libraries lend." / "图书馆借出。": one sentence each, aligned; 图书馆 and "Libraries" are words.
const DATA: StudyData = {
  v: STUDY_DATA_VERSION,
  slug: "test-article",
  script: "hans",
  words: [{ s: "图书馆", t: "圖書館", r: [["tú shū guǎn", ["library"]]], h: 2, h2: 3 }],
  lemmas: [{ l: "library", z: [0], e: 2 }],
  pairs: [
    {
      n: 1,
      zh: [[3, 0, "tú shū guǎn"], [3]],
      en: [[0, 9, 0, 0]],
      es: [[0, 15]],
      zs: [[0, 6]],
      b: [[[0], [0]]],
    },
  ],
};

const LABELS: LayerConfig["labels"] = {
  wordDialog: "Dictionary: {word}",
  inContext: "In context",
  simplified: "Simplified",
  traditional: "Traditional",
  byCharacter: "By character",
  noMeaning: "No meaning",
  baseForm: "Base form",
  equivalents: "Equivalents",
  inSentence: "In this sentence",
  save: "Save",
  saved: "Saved",
  saveFailed: "Not saved",
  close: "Close",
  level: "Level",
  cefr: "CEFR {level}",
  hsk2: "HSK 2.0: {level}",
  cet4: "CET-4",
  cet6: "CET-6",
  marks: "Your mark",
  known: "Known",
  learning: "Learning",
  notebookReset: "Notebook reset",
  markPair: "Mark all known",
  markPairNamed: "Mark all known in paragraph {n}",
  undoPair: "Undo",
  undoPairNamed: "Undo marking paragraph {n}",
  pairMarked: "{count} words marked known",
};

const PAGE = `
  <article class="reading" data-island="learning" data-src="${SRC}" data-slug="test-article"
    data-title="Test" data-labels='${JSON.stringify(LABELS)}'>
    <section id="p1" class="pair"><p lang="en">Libraries lend.</p><p lang="zh-Hans">图书馆借出。</p></section>
  </article>`;

// The popover imports the notebook (zod) on a reader's first mark or Save: loaded here once, so a
// busy machine's first import does not outlast vi.waitFor.
beforeAll(() => import("@/lib/vocabulary/notebook"));

let fetches = 0;
beforeEach(() => {
  fetches = 0;
  // A new URL per test: load.ts keeps one request per URL for the page's life.
  vi.stubGlobal(
    "fetch",
    vi.fn(() => {
      fetches++;
      return Promise.resolve(new Response(JSON.stringify(DATA)));
    }),
  );
  document.documentElement.removeAttribute("data-pinyin");
  document.documentElement.removeAttribute("data-study");
  document.documentElement.removeAttribute("data-colour-words");
  localStorage.clear();
  document.body.innerHTML = PAGE;
  document.querySelector<HTMLElement>("article")!.dataset.src = `${SRC}?${Math.random()}`;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

const article = () => document.querySelector<HTMLElement>("article")!;
const zh = () => document.querySelector<HTMLElement>('#p1 > [lang|="zh"]')!;
const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const zhWord = () => zh().querySelector<HTMLElement>(".word")!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
/** The marks the notebook holds. */
const stored = () => JSON.parse(localStorage.getItem("reader.notebook") ?? "{}").marks;

/** A notebook where "library" is marked learning, and Colour words on. */
function libraryMarkedLearningColourOn() {
  localStorage.setItem(
    "reader.notebook",
    JSON.stringify({ version: 2, entries: [], reviews: {}, marks: { "en:library": "learning" } }),
  );
  document.documentElement.dataset.colourWords = "on";
}

async function installed(trigger?: Event) {
  const life = new AbortController();
  install(article(), life.signal, trigger);
  article().dispatchEvent(new Event(WAKE_EVENT));
  await vi.waitFor(() => expect(article().dataset.learn).toBe("ready"));
  return life;
}

describe("the learning layer island", () => {
  it("only fetches the study data until the reader interacts, then wraps without changing the text", async () => {
    const life = new AbortController();
    install(article(), life.signal, new Event("pointerover"));
    await settle();
    expect(fetches).toBe(1);
    expect(article().querySelector(".word")).toBeNull();

    article().dispatchEvent(new Event(WAKE_EVENT));
    await vi.waitFor(() => expect(zh().dataset.learn).toBe("ready"));
    expect(zh().querySelector("rt")?.textContent).toBe("tú shū guǎn");
    expect(zh().querySelector("rt")?.getAttribute("aria-hidden")).toBe("true");
    const copy = zh().cloneNode(true) as HTMLElement;
    copy.querySelectorAll("rt").forEach((rt) => rt.remove());
    expect(copy.textContent).toBe("图书馆借出。");
    expect(zh().querySelector(".sentence")?.getAttribute("data-with")).toBe("en-0");
    expect(fetches).toBe(1);
    life.abort();
  });

  it("opens a word's popover on a click, closes it on Escape and gives focus back to the word", async () => {
    const life = await installed();
    zhWord().dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await vi.waitFor(() => expect(dialog()?.hidden).toBe(false));
    expect(dialog()?.getAttribute("aria-label")).toBe("Dictionary: 图书馆");
    expect(dialog()?.textContent).toContain("library");
    expect(zhWord().hasAttribute("data-open")).toBe(true);

    dialog()!.focus();
    dialog()!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(dialog()?.hidden).toBe(true);
    expect(zhWord().hasAttribute("data-open")).toBe(false);
    expect(document.activeElement).toBe(zhWord());
    life.abort();
  });

  it("opens on Enter with focus in the dialog, and lights the Chinese word an English word names", async () => {
    const life = await installed();
    const en = document.querySelector<HTMLElement>('#p1 > [lang="en"] .word')!;
    en.focus();
    en.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await vi.waitFor(() => expect(document.activeElement).toBe(dialog()));
    expect(zhWord().hasAttribute("data-lit-word")).toBe(true);
    expect(dialog()?.textContent).toContain("图书馆");
    life.abort();
  });

  it("answers the click that loaded it, finding the word at the click's point when its target is the paragraph", async () => {
    // The click landed before the words were wrapped: its target is the paragraph itself.
    const click = new MouseEvent("click", { bubbles: true, clientX: 30, clientY: 40 });
    Object.defineProperty(click, "target", { value: zh() });
    const at = vi.spyOn(document, "elementFromPoint").mockImplementation(() => zhWord());
    const life = new AbortController();
    install(article(), life.signal, click);
    await vi.waitFor(() => expect(dialog()?.hidden).toBe(false));
    expect(at).toHaveBeenCalledWith(30, 40);
    expect(dialog()?.getAttribute("aria-label")).toBe("Dictionary: 图书馆");
    life.abort();
  });

  it("does not answer a click that loaded it on a button beside the text", async () => {
    const button = document.createElement("button");
    document.getElementById("p1")!.append(button);
    const click = new MouseEvent("click", { bubbles: true });
    Object.defineProperty(click, "target", { value: button });
    vi.spyOn(document, "elementFromPoint").mockImplementation(() => zhWord());
    const life = new AbortController();
    install(article(), life.signal, click);
    await vi.waitFor(() => expect(article().dataset.learn).toBe("ready"));
    await settle();
    expect(dialog()?.hidden ?? true).toBe(true);
    life.abort();
  });

  it("leaves nothing behind when aborted: no dialog, no spans, no marks, no listeners", async () => {
    const before = article().innerHTML;
    const life = await installed();
    zhWord().dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await vi.waitFor(() => expect(dialog()?.hidden).toBe(false));
    life.abort();
    expect(dialog()).toBeNull();
    expect(article().innerHTML).toBe(before);
    expect(article().hasAttribute("data-learn")).toBe(false);
    expect(document.querySelector("[data-lit-word], [data-lit-sentence], [data-open]")).toBeNull();
    // Nothing listens any more: a wake, a click or an Escape does nothing.
    article().dispatchEvent(new Event(WAKE_EVENT));
    zh().dispatchEvent(new MouseEvent("click", { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    await settle();
    expect(article().innerHTML).toBe(before);
    expect(dialog()).toBeNull();
  });

  it("shows a Chinese word's HSK levels and an English word's CEFR level", async () => {
    const life = await installed();
    zhWord().dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await vi.waitFor(() => expect(dialog()?.hidden).toBe(false));
    expect(dialog()?.textContent).toContain("Level HSK 2 · HSK 2.0: 3");

    const en = document.querySelector<HTMLElement>('#p1 > [lang="en"] .word')!;
    en.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await vi.waitFor(() =>
      expect(dialog()?.getAttribute("aria-label")).toBe("Dictionary: Libraries"),
    );
    expect(dialog()?.textContent).toContain("Level CEFR A2");
    expect(dialog()?.textContent).not.toContain("HSK");
    life.abort();
  });

  it("marks a word known or learning from its popover, stores it, and shows the stored mark again", async () => {
    const life = await installed();
    const open = async (word: HTMLElement) => {
      word.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      await vi.waitFor(() => expect(dialog()?.hidden).toBe(false));
    };
    const button = (name: string) =>
      [...dialog()!.querySelectorAll<HTMLButtonElement>('[role="group"] button')].find(
        (candidate) => candidate.textContent === name,
      )!;

    await open(zhWord());
    expect(dialog()?.querySelector('[role="group"]')?.getAttribute("aria-label")).toBe("Your mark");
    expect(button("Known").getAttribute("aria-pressed")).toBe("false");
    button("Known").click();
    await vi.waitFor(() => expect(button("Known").getAttribute("aria-pressed")).toBe("true"));
    expect(stored()).toEqual({ "zh:图书馆": "known" });

    button("Learning").click();
    await vi.waitFor(() => expect(button("Learning").getAttribute("aria-pressed")).toBe("true"));
    expect(button("Known").getAttribute("aria-pressed")).toBe("false");
    expect(stored()).toEqual({ "zh:图书馆": "learning" });

    // English marks go by base form; a popover opened again shows the stored mark.
    await open(document.querySelector<HTMLElement>('#p1 > [lang="en"] .word')!);
    button("Known").click();
    await vi.waitFor(() =>
      expect(stored()).toEqual({ "zh:图书馆": "learning", "en:library": "known" }),
    );
    await open(zhWord());
    expect(button("Learning").getAttribute("aria-pressed")).toBe("true");

    // Pressing the pressed button clears the mark.
    button("Learning").click();
    await vi.waitFor(() => expect(stored()).toEqual({ "en:library": "known" }));
    expect(button("Learning").getAttribute("aria-pressed")).toBe("false");
    life.abort();
  });

  it("resets a notebook it cannot read when a word is marked, and says so", async () => {
    localStorage.setItem("reader.notebook", "{not json");
    const life = await installed();
    zhWord().dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await vi.waitFor(() => expect(dialog()?.hidden).toBe(false));
    const known = [...dialog()!.querySelectorAll("button")].find((b) => b.textContent === "Known")!;
    expect(known.getAttribute("aria-pressed")).toBe("false");
    known.click();
    await vi.waitFor(() => expect(known.getAttribute("aria-pressed")).toBe("true"));
    expect(dialog()?.querySelector('[role="status"]')?.textContent).toBe("Notebook reset");
    expect(JSON.parse(localStorage.getItem("reader.notebook")!).marks).toEqual({
      "zh:图书馆": "known",
    });
    expect(localStorage.getItem("reader.notebook.backup")).toBe("{not json");
    life.abort();
  });

  it("wraps at once when colouring is on, and classes the words marked learning or known, as marks change", async () => {
    libraryMarkedLearningColourOn();
    const life = new AbortController();
    install(article(), life.signal);
    await vi.waitFor(() => expect(article().dataset.learn).toBe("ready"));
    const en = document.querySelector<HTMLElement>('#p1 > [lang="en"] .word')!;
    expect(en.classList.contains("word-learning")).toBe(true);
    expect(zhWord().classList.contains("word-learning")).toBe(false);

    // Marked from the popover: the text follows at once.
    zhWord().dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await vi.waitFor(() => expect(dialog()?.hidden).toBe(false));
    [...dialog()!.querySelectorAll("button")].find((b) => b.textContent === "Learning")!.click();
    await vi.waitFor(() => expect(zhWord().classList.contains("word-learning")).toBe(true));
    // Its HSK level is on it for colouring above the reader's level, until it is marked known.
    expect(zhWord().dataset.hsk).toBe("2");
    expect(en.dataset.hsk).toBeUndefined();
    expect(zhWord().dataset.hsk2).toBe("3");
    // An English word carries its CEFR level the same way (library: 2, A2).
    expect(en.dataset.cefr).toBe("2");
    expect(zhWord().dataset.cefr).toBeUndefined();
    [...dialog()!.querySelectorAll("button")].find((b) => b.textContent === "Known")!.click();
    await vi.waitFor(() => expect(zhWord().classList.contains("word-known")).toBe(true));
    expect(zhWord().classList.contains("word-learning")).toBe(false);
    expect(zhWord().dataset.hsk).toBeUndefined();
    life.abort();
  });

  it("marks every unmarked word of a pair known with the pair's button, and Undo takes exactly those back", async () => {
    libraryMarkedLearningColourOn();
    const life = await installed();
    const pairButton = () =>
      document.querySelector<HTMLButtonElement>("#p1 > .pair-marks > button")!;
    expect(pairButton().textContent).toBe("Mark all known");
    expect(pairButton().getAttribute("aria-label")).toBe("Mark all known in paragraph 1");

    pairButton().click();
    // The word marked learning stays so; the unmarked one is now known, and coloured as known.
    await vi.waitFor(() =>
      expect(stored()).toEqual({ "en:library": "learning", "zh:图书馆": "known" }),
    );
    expect(document.querySelector("#p1 [role=status]")?.textContent).toBe("1 words marked known");
    expect(zhWord().classList.contains("word-known")).toBe(true);
    expect(zhWord().dataset.hsk).toBeUndefined();
    expect(pairButton().getAttribute("aria-label")).toBe("Undo marking paragraph 1");

    pairButton().click();
    await vi.waitFor(() => expect(stored()).toEqual({ "en:library": "learning" }));
    expect(zhWord().classList.contains("word-known")).toBe(false);
    expect(pairButton().textContent).toBe("Mark all known");

    // Gone with the layer: the page is as the server sent it.
    life.abort();
    expect(document.querySelector(".pair-marks")).toBeNull();
  });
});
