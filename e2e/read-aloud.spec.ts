import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, type Locator, type Page, test } from "@playwright/test";
import { plainText } from "@/lib/content/markdown";
import { chineseSentenceRanges, englishSentenceRanges } from "@/lib/text";
import { ALL_VOICES, calls, finish, installSpeech, setVoices, spoken } from "./speech";
import { LOCALES, longArticle, screenshot } from "./support";

// This machine is shared and often loaded: hydration can take seconds. Give each test and each
// expectation room, so a slow moment is not mistaken for a broken page.
const expect = baseExpect.configure({ timeout: 15_000 });
test.beforeEach(() => test.slow());

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

for (const first of ["pinyin", "read-aloud"] as const) {
  test(`the study data is fetched once for pinyin and read-aloud together (${first} first)`, async ({
    page,
  }) => {
    const { messages } = LOCALES[0];
    const fetched: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/study/")) fetched.push(request.url());
    });
    await installSpeech(page);
    await page.goto(`/en/articles/${longArticle.slug}`);
    await setVoices(page, ALL_VOICES);
    const pinyin = page.getByRole("button", { name: messages.Learning.pinyin, exact: true });
    const play = page.getByRole("button", {
      name: messages.ReadAloud.playZh.replace("{n}", String(n)),
    });
    const wrapped = page.locator(`#p${n} > [lang|=zh]`);
    if (first === "pinyin") {
      await pinyin.click();
      await expect(wrapped).toHaveAttribute("data-learn", "ready");
      await play.click();
    } else {
      await play.click();
      await pinyin.click();
      await expect(wrapped).toHaveAttribute("data-learn", "ready");
    }
    // Read sentence by sentence: read-aloud has the sentence map too.
    const text = await readable(page, `#p${n} > [lang|=zh]`);
    const [sentence] = chineseSentenceRanges(text);
    await expect
      .poll(async () => (await spoken(page))[0]?.text)
      .toBe(text.slice(sentence!.start, sentence!.end).trim());
    expect(fetched).toHaveLength(1);
  });
}
