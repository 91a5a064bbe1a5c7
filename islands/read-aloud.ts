/**
 * Read-aloud, with the Web Speech API (docs/learning.md, "Read-aloud"). The island's root is the
 * reading bar (components/read-aloud/ReadAloudBar.tsx, hidden until a pair is read); one delegated
 * listener serves the plain-HTML buttons on every pair (ReadAloudButtons). It reads sentence by
 * sentence, so the sentence being read is highlighted (CSS Custom Highlight API: no change to the
 * text's markup) and Chrome's cut-off of long utterances is never reached; then, if the reader wants,
 * the next pairs. The sentence map is the learning layer's request (islands/learning/load.ts).
 */
import { READ_ATTRIBUTE, READ_PAIR_ATTRIBUTE } from "@/components/read-aloud/attributes";
import { rangeOf, spokenSentences } from "@/components/read-aloud/sentences";
import type { StudyData } from "@/lib/learning/study-types";
import { pickVoice, type SpokenLanguage } from "@/lib/learning/voices";
import { loadStudyData } from "./learning/load";

type Language = "en" | "zh";

/** The name of the CSS highlight of the sentence being read (app/globals.css, ::highlight). */
const HIGHLIGHT = "read-aloud";
/** <html data-voices="en zh">: the languages this browser has a voice for; CSS shows their buttons. */
const VOICES_ATTRIBUTE = "data-voices";

export default function install(bar: HTMLElement, signal: AbortSignal): void {
  const speech = "speechSynthesis" in window ? window.speechSynthesis : undefined;
  if (!speech) return;
  const html = document.documentElement;
  const zhLang = bar.dataset.zhLang === "zh-Hant" ? "zh-Hant" : "zh-Hans";
  const spoken: Record<Language, SpokenLanguage> = { en: "en", zh: zhLang };
  const label = bar.querySelector<HTMLElement>("[data-reading-label]");
  const pauseButton = bar.querySelector<HTMLButtonElement>("[data-pause]");
  const stopButton = bar.querySelector<HTMLButtonElement>("[data-stop]");
  const readOn = bar.querySelector<HTMLInputElement>("[data-read-on]");

  let run = 0;
  let paused = false;
  let watcher: MutationObserver | undefined;

  // Voices arrive asynchronously in Chrome (getVoices() is empty until `voiceschanged`).
  const updateVoices = () => {
    const voices = speech.getVoices();
    const found = (["en", "zh"] as const).filter((language) => pickVoice(voices, spoken[language]));
    if (found.length > 0) html.setAttribute(VOICES_ATTRIBUTE, found.join(" "));
    else html.removeAttribute(VOICES_ATTRIBUTE);
  };
  updateVoices();
  speech.addEventListener("voiceschanged", updateVoices, { signal });

  /**
   * Highlights `[start, end)` of a paragraph, and again whenever its text is re-wrapped (the learning
   * layer wraps words in spans when it loads, which empties a Range over the old text nodes).
   */
  function highlight(element: Element, start: number, end: number) {
    if (typeof Highlight !== "function" || !CSS.highlights) return;
    const paint = () => {
      const range = rangeOf(element, start, end);
      if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    };
    watcher?.disconnect();
    watcher = new MutationObserver(paint);
    watcher.observe(element, { childList: true, subtree: true });
    paint();
  }

  function clear() {
    watcher?.disconnect();
    CSS.highlights?.delete(HIGHLIGHT);
    document.querySelector("[data-reading]")?.removeAttribute("data-reading");
  }

  function showBar(n: number, language: Language) {
    const template = (language === "en" ? bar.dataset.readingEn : bar.dataset.readingZh) ?? "";
    if (label) label.textContent = template.replace("{n}", String(n));
    paused = false;
    showPaused();
    bar.hidden = false;
  }

  function showPaused() {
    if (pauseButton)
      pauseButton.textContent = (paused ? bar.dataset.resumeLabel : bar.dataset.pauseLabel) ?? "";
  }

  function stop() {
    run += 1;
    speech?.cancel();
    clear();
    bar.hidden = true;
  }

  async function play(n: number, language: Language) {
    const voice = pickVoice(speech!.getVoices(), spoken[language]);
    if (!voice) return;
    const current = ++run;
    speech!.cancel();
    clear();
    showBar(n, language);
    const src = bar.dataset.src;
    const data = src ? await loadStudyData(src).catch(() => null) : null;
    if (current === run) readPair(n, language, voice, data, current);
  }

  function readPair(
    n: number,
    language: Language,
    voice: SpeechSynthesisVoice,
    data: StudyData | null,
    current: number,
  ) {
    const pair = document.getElementById(`p${n}`);
    const text = pair?.querySelector(
      language === "en" ? ':scope > [lang="en"]' : ':scope > [lang|="zh"]',
    );
    if (!pair || !text) return stop();
    const map = data?.pairs.find((entry) => entry.n === n);
    const sentences = spokenSentences(text, language === "en" ? map?.es : map?.zs);
    clear();
    pair.setAttribute("data-reading", "");
    pair.scrollIntoView({
      block: "nearest",
      behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth",
    });
    showBar(n, language);

    let index = 0;
    const next = () => {
      if (current !== run) return;
      const sentence = sentences[index++];
      if (!sentence) {
        if ((readOn?.checked ?? true) && document.getElementById(`p${n + 1}`)) {
          readPair(n + 1, language, voice, data, current);
        } else stop();
        return;
      }
      highlight(text, sentence.start, sentence.end);
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onend = next;
      // Interrupted by cancel() (stop, another play) or a synthesis failure: end this reading.
      utterance.onerror = () => {
        if (current === run) stop();
      };
      speech!.speak(utterance);
    };
    next();
  }

  document.addEventListener(
    "click",
    (event) => {
      const button = (event.target as Element | null)?.closest(`[${READ_ATTRIBUTE}]`);
      const language = button?.getAttribute(READ_ATTRIBUTE);
      const n = Number(button?.getAttribute(READ_PAIR_ATTRIBUTE));
      if ((language === "en" || language === "zh") && n > 0) void play(n, language);
    },
    { signal },
  );
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Escape" && document.querySelector("[data-reading]")) stop();
    },
    { signal },
  );
  pauseButton?.addEventListener(
    "click",
    () => {
      if (paused) speech.resume();
      else speech.pause();
      paused = !paused;
      showPaused();
    },
    { signal },
  );
  stopButton?.addEventListener("click", stop, { signal });
  signal.addEventListener(
    "abort",
    () => {
      stop();
      html.removeAttribute(VOICES_ATTRIBUTE);
    },
    { once: true },
  );
}
