"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import { loadStudyData } from "@/lib/learning/client/load";
import type { StudyData } from "@/lib/learning/study-types";
import { pickVoice, type SpokenLanguage } from "@/lib/learning/voices";
import { READ_ATTRIBUTE, READ_PAIR_ATTRIBUTE } from "./ReadAloudButtons";
import { rangeOf, spokenSentences } from "./sentences";

export type ReadAloudLabels = Record<
  "region" | "readingEn" | "readingZh" | "pause" | "resume" | "stop" | "readOn",
  string
>;

interface Props {
  /** Where the article's sentence map is: `/study/{hans|hant}/{slug}.json`. */
  studyUrl: string;
  zhLang: "zh-Hans" | "zh-Hant";
  labels: ReadAloudLabels;
}

type Language = "en" | "zh";

interface Session {
  n: number;
  language: Language;
  paused: boolean;
}

/** The name of the CSS highlight of the sentence being read (app/globals.css, ::highlight). */
const HIGHLIGHT = "read-aloud";
/** <html data-voices="en zh">: the languages this browser has a voice for; CSS shows their buttons. */
const VOICES_ATTRIBUTE = "data-voices";

function synth(): SpeechSynthesis | undefined {
  return typeof window !== "undefined" && "speechSynthesis" in window
    ? window.speechSynthesis
    : undefined;
}

/**
 * Read-aloud for an article, with the Web Speech API: one delegated listener serves the plain-HTML
 * buttons on every pair (ReadAloudButtons). It reads sentence by sentence, so the sentence being
 * read is highlighted (CSS Custom Highlight API: no change to the text's markup) and Chrome's
 * cut-off of long utterances is never reached; then, if the reader wants, the next pairs. The bar it
 * shows while reading pauses, resumes and stops.
 */
export function ReadAloud({ studyUrl, zhLang, labels }: Props) {
  const [session, setSession] = useState<Session | null>(null);
  const [readOn, setReadOn] = useState(true);
  // Read when a pair ends, which may be long after the render that started the reading.
  const readOnRef = useRef(readOn);
  const run = useRef(0);

  const spoken: Record<Language, SpokenLanguage> = { en: "en", zh: zhLang };

  useEffect(() => {
    const speech = synth();
    if (!speech) return;
    const root = document.documentElement;
    // Voices arrive asynchronously in Chrome (getVoices() is empty until `voiceschanged`).
    const update = () => {
      const voices = speech.getVoices();
      const found = (["en", "zh"] as const).filter((language) =>
        pickVoice(voices, language === "en" ? "en" : zhLang),
      );
      if (found.length > 0) root.setAttribute(VOICES_ATTRIBUTE, found.join(" "));
      else root.removeAttribute(VOICES_ATTRIBUTE);
    };
    update();
    speech.addEventListener("voiceschanged", update);
    return () => {
      speech.removeEventListener("voiceschanged", update);
      root.removeAttribute(VOICES_ATTRIBUTE);
    };
  }, [zhLang]);

  /** The sentence map: the same request as the learning layer's (lib/learning/client/load.ts). */
  function loadStudy(): Promise<StudyData | null> {
    return loadStudyData(studyUrl).catch(() => null);
  }

  const watcher = useRef<MutationObserver | null>(null);

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
    watcher.current?.disconnect();
    watcher.current = new MutationObserver(paint);
    watcher.current.observe(element, { childList: true, subtree: true });
    paint();
  }

  function clear() {
    watcher.current?.disconnect();
    CSS.highlights?.delete(HIGHLIGHT);
    document.querySelector("[data-reading]")?.removeAttribute("data-reading");
  }

  function stop() {
    run.current += 1;
    synth()?.cancel();
    clear();
    setSession(null);
  }

  async function play(n: number, language: Language) {
    const speech = synth();
    const voice = speech && pickVoice(speech.getVoices(), spoken[language]);
    if (!speech || !voice) return;
    const current = ++run.current;
    speech.cancel();
    clear();
    setSession({ n, language, paused: false });
    const data = await loadStudy();
    if (current === run.current) readPair(n, language, voice, data, current);
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
    setSession({ n, language, paused: false });

    let index = 0;
    const next = () => {
      if (current !== run.current) return;
      const sentence = sentences[index++];
      if (!sentence) {
        if (readOnRef.current && document.getElementById(`p${n + 1}`)) {
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
        if (current === run.current) stop();
      };
      synth()?.speak(utterance);
    };
    next();
  }

  const onPlay = useEffectEvent((n: number, language: Language) => void play(n, language));
  const onStop = useEffectEvent(() => stop());

  useEffect(() => {
    function onClick(event: MouseEvent) {
      const button = (event.target as Element | null)?.closest(`[${READ_ATTRIBUTE}]`);
      const language = button?.getAttribute(READ_ATTRIBUTE);
      const n = Number(button?.getAttribute(READ_PAIR_ATTRIBUTE));
      if ((language === "en" || language === "zh") && n > 0) onPlay(n, language);
    }
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape" && document.querySelector("[data-reading]")) onStop();
    }
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
      onStop();
    };
  }, []);

  if (!session) return null;
  const togglePause = () => {
    const speech = synth();
    if (!speech) return;
    if (session.paused) speech.resume();
    else speech.pause();
    setSession({ ...session, paused: !session.paused });
  };
  const reading = (session.language === "en" ? labels.readingEn : labels.readingZh).replace(
    "{n}",
    String(session.n),
  );

  return (
    <section
      aria-label={labels.region}
      className="no-print fixed inset-x-0 bottom-4 z-40 mx-auto flex w-fit max-w-[calc(100%-2rem)] flex-wrap items-center gap-x-4 gap-y-2 rounded-2xl border border-zinc-200 bg-white px-4 py-3 font-sans text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
    >
      <p className="font-semibold">{reading}</p>
      <div className="flex items-center gap-2">
        <button type="button" onClick={togglePause} className={barButton}>
          {session.paused ? labels.resume : labels.pause}
        </button>
        <button type="button" onClick={stop} className={barButton}>
          {labels.stop}
        </button>
      </div>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={readOn}
          onChange={(event) => {
            readOnRef.current = event.target.checked;
            setReadOn(event.target.checked);
          }}
          className="accent-accent size-4"
        />
        {labels.readOn}
      </label>
    </section>
  );
}

const barButton =
  "rounded-full border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800";
