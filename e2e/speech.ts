/** A recording stand-in for the Web Speech API, for the read-aloud tests (docs/learning.md). */
import type { Page } from "@playwright/test";

export interface StandInVoice {
  name: string;
  lang: string;
  default?: boolean;
  localService?: boolean;
}

export interface Spoken {
  text: string;
  voice: string | undefined;
  lang: string;
}

export const ALL_VOICES: StandInVoice[] = [
  { name: "Samantha", lang: "en-US", localService: true },
  { name: "Tingting", lang: "zh-CN", localService: true },
  { name: "Meijia", lang: "zh-TW", localService: true },
  { name: "Sinji", lang: "zh-HK", localService: true },
];

/**
 * Headless Chromium has no voices, so the page gets a recording stand-in for speechSynthesis: it
 * lists the voices a test gives it (announcing them with `voiceschanged`, as Chrome does), records
 * what is spoken with which voice, and speaks an utterance until the test calls `finish()`.
 */
export async function installSpeech(page: Page) {
  await page.addInitScript(() => {
    type Utterance = {
      text: string;
      voice: { name: string } | null;
      lang: string;
      onstart: ((e: unknown) => void) | null;
      onend: ((e: unknown) => void) | null;
      onerror: ((e: unknown) => void) | null;
    };
    const state = {
      voices: [] as unknown[],
      spoken: [] as { text: string; voice: string | undefined; lang: string }[],
      calls: [] as string[],
    };
    const synth = new EventTarget() as EventTarget & Record<string, unknown>;
    let current: Utterance | null = null;
    let queue: Utterance[] = [];
    const start = () => {
      current = queue.shift() ?? null;
      if (!current) return;
      state.spoken.push({ text: current.text, voice: current.voice?.name, lang: current.lang });
      current.onstart?.({});
    };
    Object.assign(synth, {
      getVoices: () => state.voices,
      speak: (u: Utterance) => {
        queue.push(u);
        if (!current) start();
      },
      cancel: () => {
        state.calls.push("cancel");
        const u = current;
        queue = [];
        current = null;
        u?.onerror?.({ error: "canceled" });
      },
      pause: () => state.calls.push("pause"),
      resume: () => state.calls.push("resume"),
    });
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance = class {
      voice = null;
      lang = "";
      onstart = null;
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    };
    (window as unknown as Record<string, unknown>).__speech = {
      state,
      setVoices(voices: unknown[]) {
        state.voices = voices;
        synth.dispatchEvent(new Event("voiceschanged"));
      },
      finish() {
        const u = current;
        current = null;
        u?.onend?.({});
        if (!current) start();
      },
    };
  });
}

type SpeechHandle = {
  state: { spoken: Spoken[]; calls: string[] };
  setVoices(voices: StandInVoice[]): void;
  finish(): void;
};

export const setVoices = (page: Page, voices: StandInVoice[]) =>
  page.evaluate((v) => {
    (window as unknown as { __speech: SpeechHandle }).__speech.setVoices(v);
  }, voices);
export const finish = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.finish());
export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.state.spoken);
export const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.state.calls);
