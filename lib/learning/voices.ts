/**
 * Which speech-synthesis voice reads which text (read-aloud, docs/learning.md). Browsers name a
 * voice's language loosely (`zh-CN`, `zh_CN`, `cmn-Hans-CN`, `yue-HK`), so tags are normalized and
 * matched by region or script. Pure, so it is unit-tested without a browser.
 */

/** What is read: English, or Chinese in the script the page shows. */
export type SpokenLanguage = "en" | "zh-Hans" | "zh-Hant";

/** The part of SpeechSynthesisVoice we read. */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
  localService?: boolean;
}

/**
 * Voices in order of preference, by tag prefix. Simplified: mainland and Singapore Mandarin first.
 * Traditional: Taiwan (Mandarin), then Hong Kong (Cantonese, read by the same characters). Either
 * script falls back to a voice of the other region rather than to silence: a Mandarin voice reads
 * Traditional characters, and a Taiwan voice reads Simplified ones.
 */
const PREFERENCES: Record<SpokenLanguage, string[][]> = {
  en: [["en"]],
  "zh-Hans": [
    ["zh-cn", "zh-hans", "cmn-cn", "cmn-hans", "zh-sg", "cmn-sg"],
    ["zh-tw", "zh-hant", "cmn-tw", "cmn-hant", "zh"],
    ["zh-hk", "yue", "cmn"],
  ],
  "zh-Hant": [
    ["zh-tw", "zh-hant-tw", "cmn-hant", "cmn-tw"],
    ["zh-hk", "zh-hant", "yue", "zh-mo"],
    ["zh", "cmn"],
  ],
};

function normalize(tag: string): string {
  return tag.replace(/_/g, "-").toLowerCase();
}

function matches(tag: string, prefix: string): boolean {
  return tag === prefix || tag.startsWith(`${prefix}-`);
}

/**
 * The voice to read `language` with, or undefined when the browser has none (the control is then
 * not shown). Within a preference tier the browser's default voice wins, then a local one (works
 * offline, starts at once), then the first listed.
 */
export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  language: SpokenLanguage,
): V | undefined {
  for (const tier of PREFERENCES[language]) {
    const found = voices.filter((voice) =>
      tier.some((prefix) => matches(normalize(voice.lang), prefix)),
    );
    if (found.length > 0) {
      return (
        found.find((voice) => voice.default) ??
        found.find((voice) => voice.localService) ??
        found[0]
      );
    }
  }
  return undefined;
}
