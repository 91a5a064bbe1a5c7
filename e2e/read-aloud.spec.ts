import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, type Locator, type Page, test } from "@playwright/test";
import { plainText } from "@/lib/content/markdown";
import { chineseSentenceRanges, englishSentenceRanges } from "@/lib/text";
import { LOCALES, longArticle, screenshot } from "./support";

// This machine is shared and often loaded: hydration can take seconds. Give each test and each
// expectation room, so a slow moment is not mistaken for a broken page.
const expect = baseExpect.configure({ timeout: 15_000 });
test.beforeEach(() => test.slow());

interface StandInVoice {
  name: string;
  lang: string;
  default?: boolean;
  localService?: boolean;
}

interface Spoken {
  text: string;
  voice: string | undefined;
  lang: string;
}

const ALL_VOICES: StandInVoice[] = [
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
async function installSpeech(page: Page) {
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

const setVoices = (page: Page, voices: StandInVoice[]) =>
  page.evaluate((v) => {
    (window as unknown as { __speech: SpeechHandle }).__speech.setVoices(v);
  }, voices);
const finish = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.finish());
const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.state.spoken);
const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.state.calls);
/** The text the page highlights as being read (CSS Custom Highlight API), or "" for none. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get("read-aloud");
    // The words' pinyin (<rt>, shown or not) is no part of the sentence read.
    const text = (range: AbstractRange) => {
      const contents = (range as Range).cloneContents();
      contents.querySelectorAll("rt, rp").forEach((node) => node.remove());
      return contents.textContent ?? "";
    };
    return highlight ? [...highlight].map(text).join("") : "";
  });

/** A paragraph's text as read: without the words' pinyin (<rt>), which the learning layer adds. */
const readable = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll("rt, rp").forEach((node) => node.remove());
    return copy.textContent ?? "";
  });

/** The first pair with at least two sentences in both languages: room to see the highlight move. */
const pair = longArticle.pairs.find(
  (p) =>
    englishSentenceRanges(plainText(p.en)).length > 1 &&
    chineseSentenceRanges(plainText(p.zh)).length > 1,
)!;
const n = pair.n;

for (const { prefix, lang, zhLang, messages } of LOCALES) {
  const t = messages.ReadAloud;
  const label = (template: string, k: number) => template.replace("{n}", String(k));
  const zhVoice = zhLang === "zh-Hant" ? "Meijia" : "Tingting";

  for (const phone of ["", " @mobile"]) {
    test(`${lang}: a pair is read aloud sentence by sentence in the page's Chinese, highlighted, and on into the next pair${phone}`, async ({
      page,
    }) => {
      // A phone reader taps; a mouse click would leave a pointer over the text, and text scrolling
      // under a still mouse pointer opens a word's hover popover (a desktop behaviour).
      const press = (target: Locator) => (phone ? target.tap() : target.click());
      await installSpeech(page);
      await page.goto(`${prefix}/articles/${longArticle.slug}`);
      const playZh = page.getByRole("button", { name: label(t.playZh, n) });
      // No voices yet (Chrome loads them asynchronously): no control.
      await expect(playZh).toBeHidden();
      await setVoices(page, ALL_VOICES);
      await expect(playZh).toBeVisible();

      const text = await readable(page, `#p${n} > [lang="${zhLang}"]`);
      const sentences = chineseSentenceRanges(text).map(({ start, end }) => text.slice(start, end));
      await press(playZh);
      const bar = page.getByRole("region", { name: t.region });
      await expect(bar).toContainText(label(t.readingZh, n));
      await expect
        .poll(() => spoken(page))
        .toEqual([
          {
            text: sentences[0],
            voice: zhVoice,
            lang: ALL_VOICES.find((v) => v.name === zhVoice)!.lang,
          },
        ]);
      await expect.poll(() => highlighted(page)).toBe(sentences[0]);
      await screenshot(page, `read-aloud-${lang}-${test.info().project.name}`);

      await finish(page);
      await expect.poll(() => highlighted(page)).toBe(sentences[1]);
      for (let i = 2; i <= sentences.length; i++) await finish(page);
      // Read on: the next pair, in the same language.
      await expect(bar).toContainText(label(t.readingZh, n + 1));
      const nextText = await readable(page, `#p${n + 1} > [lang="${zhLang}"]`);
      const [first] = chineseSentenceRanges(nextText);
      await expect.poll(() => highlighted(page)).toBe(nextText.slice(first!.start, first!.end));
      expect((await spoken(page)).map((s) => s.voice)).toEqual(
        Array(sentences.length + 1).fill(zhVoice),
      );

      await press(bar.getByRole("button", { name: t.pause }));
      await expect(bar.getByRole("button", { name: t.resume })).toBeVisible();
      await press(bar.getByRole("button", { name: t.resume }));
      await press(bar.getByRole("button", { name: t.stop }));
      await expect(bar).toBeHidden();
      expect((await calls(page)).slice(-3)).toEqual(["pause", "resume", "cancel"]);
      await expect.poll(() => highlighted(page)).toBe("");
    });
  }

  test(`${lang}: English is read with an English voice, and stops at the end of the pair when told not to read on`, async ({
    page,
  }) => {
    await installSpeech(page);
    await page.goto(`${prefix}/articles/${longArticle.slug}`);
    await setVoices(page, ALL_VOICES);
    await page.getByRole("button", { name: label(t.playEn, n) }).click();
    const bar = page.getByRole("region", { name: t.region });
    await expect(bar).toContainText(label(t.readingEn, n));
    await bar.getByRole("checkbox", { name: t.readOn }).uncheck();
    const text = await readable(page, `#p${n} > [lang="en"]`);
    const sentences = englishSentenceRanges(text).map(({ start, end }) => text.slice(start, end));
    await expect.poll(() => highlighted(page)).toBe(sentences[0]);
    for (let i = 0; i < sentences.length; i++) await finish(page);
    await expect(bar).toBeHidden();
    expect(await spoken(page)).toEqual(
      sentences.map((s) => ({ text: s, voice: "Samantha", lang: "en-US" })),
    );
  });
}

test("a language with no voice has no control; Traditional falls back to a Hong Kong voice @mobile", async ({
  page,
}) => {
  const t = LOCALES[2].messages.ReadAloud;
  await installSpeech(page);
  await page.goto(`/zh-hant/articles/${longArticle.slug}`);
  await setVoices(page, [ALL_VOICES[0]!]);
  await expect(page.getByRole("button", { name: t.playEn.replace("{n}", "1") })).toBeVisible();
  await expect(page.getByRole("button", { name: t.playZh.replace("{n}", "1") })).toBeHidden();
  await setVoices(page, [ALL_VOICES[1]!, ALL_VOICES[3]!]);
  await expect(page.getByRole("button", { name: t.playEn.replace("{n}", "1") })).toBeHidden();
  await page.getByRole("button", { name: t.playZh.replace("{n}", "1") }).click();
  await expect.poll(async () => (await spoken(page))[0]?.voice).toBe("Sinji");
});

test("a browser without speech synthesis shows no read-aloud control", async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
  });
  await page.goto(`/en/articles/${longArticle.slug}`);
  // Hidden before any script runs proves nothing: wait until the page's scripts answer (the theme
  // toggle works once they do), then look again.
  const html = page.locator("html");
  await expect(async () => {
    await page.getByRole("button", { name: /Switch to (dark|light) mode/ }).click();
    await expect(html).toHaveAttribute("data-theme", "dark", { timeout: 1000 });
  }).toPass();
  await expect(
    page.getByRole("button", { name: LOCALES[0].messages.ReadAloud.playEn.replace("{n}", "1") }),
  ).toBeHidden();
  await expect(page.locator("#p1 [lang=en]")).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`reading aloud has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await installSpeech(page);
    await page.goto(`/zh-hans/articles/${longArticle.slug}?view=parallel`);
    await setVoices(page, ALL_VOICES);
    await page
      .getByRole("button", { name: LOCALES[1].messages.ReadAloud.playEn.replace("{n}", String(n)) })
      .click();
    await expect(
      page.getByRole("region", { name: LOCALES[1].messages.ReadAloud.region }),
    ).toBeVisible();
    await screenshot(page, `read-aloud-parallel-${scheme}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
      [],
    );
  });
}
