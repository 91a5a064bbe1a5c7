/**
 * Readings of Chinese text in context, at build time: the one code path behind the pinyin over the
 * article, the word popovers and `npm run pinyin`. See docs/learning.md for the rules and measurements.
 *
 * Per word (from segment.ts): CC-CEDICT's reading when it has one; else, among CC-CEDICT's readings of
 * a polyphone, the one a neighbouring compound fixes (还 + 钱 is the entry 还钱 huán qián), a measure
 * word's, or 还's by what follows; else the polyphone model's (polyphone-model.ts); else pinyin-pro's
 * reading of the sentence when it is one of CC-CEDICT's; else CC-CEDICT's first. Then the rules over a
 * word's neighbours (polyphone-rules.ts), the article's own `readings:`, and the tone changes of 一 and
 * 不 as textbooks print them (一个 yí gè, 一天 yì tiān, 不是 bú shì; 第一, 统一, 一月 keep yī);
 * third-tone sandhi is not shown, as textbooks do not show it.
 */
import { pinyin as pinyinPro } from "pinyin-pro";
import { isWord, lookUp } from "./dictionary";
import { wordTag } from "./frequency";
import { isModelPolyphone, predictReadings } from "./polyphone-model";
import { applyPolyphoneRules, verbShare } from "./polyphone-rules";
import { hasHan, isHanWord } from "@/lib/text";
import { segmentChinese } from "./segment";

/** A token of text and its reading: tone-number syllables, one per Han character ("yin2 hang2"), or "" when it has no Han. */
export interface ReadToken {
  text: string;
  reading: string;
}

/** Fixed readings for words of one article, Simplified word → tone-number syllables (front matter `readings:`). */
export type ReadingOverrides = Readonly<Record<string, string>>;

const NUMERAL = /[0-9０-９〇零一二三四五六七八九十百千万亿两几]/;

/** Segments and reads a text: `readText("银行行长")` → 银行 yin2 hang2, 行长 hang2 zhang3. */
export function readText(text: string, overrides: ReadingOverrides = {}): ReadToken[] {
  const tokens = segmentChinese(text);
  const readings = readTokens(tokens, overrides);
  return tokens.map((token, index) => ({ text: token, reading: readings[index]! }));
}

/**
 * One tone-number syllable per Han character of a line, in order (what `npm run pinyin` prints):
 * "还钱。" → ["huan2", "qian2"].
 */
export function hanSyllables(text: string, overrides: ReadingOverrides = {}): string[] {
  return readText(text, overrides).flatMap(({ reading }) =>
    reading === "" ? [] : reading.split(" "),
  );
}

/** Readings for tokens that make up one text, in order. */
export function readTokens(tokens: string[], overrides: ReadingOverrides = {}): string[] {
  const contextual = pinyinProReadings(tokens);
  const model = modelReadings(tokens);
  const readings = tokens.map((token, index) =>
    !hasHan(token) ? "" : readWord(tokens, index, contextual[index]!, model[index]),
  );
  applyPolyphoneRules(tokens, readings);
  applyOverrides(tokens, readings, overrides);
  applySandhi(tokens, readings);
  return readings;
}

function readWord(
  tokens: string[],
  index: number,
  contextual: string,
  model: string | undefined,
): string {
  const token = tokens[index]!;
  if (!isHanWord(token)) return contextual;
  const size = [...token].length;
  const candidates = readingsOf(token, size);
  if (candidates.length === 0) return contextual;
  // A name (冯 Féng, 明朝 Míng Cháo, 葛洲坝 Gě): when pinyin-pro reads the word as one of CC-CEDICT's
  // names, trust it; names are what a word-by-word dictionary cannot tell from context.
  if (!candidates.includes(contextual) && readingsOf(token, size, true).includes(contextual))
    return contextual;
  if (candidates.length === 1) return restoreMeasureWordTone(tokens, index, candidates[0]!);
  if (size === 1) {
    // Particles (a reading in the neutral tone: 了, 着, 得) are left to the model and pinyin-pro.
    const particle = candidates.some((candidate) => candidate.endsWith("5"));
    // The compound, measure-word and 还 rules first, then the model: in this order the dev split of
    // CPP and the polyphone set of bench/polyphones both read best (docs/learning.md).
    const fixed = particle
      ? undefined
      : (readingFromCompound(tokens, index, candidates) ??
        readingAsMeasureWord(tokens, index) ??
        readingFromGrammar(tokens, index));
    if (fixed && candidates.includes(fixed)) return fixed;
    if (model && candidates.includes(model)) return model;
  }
  if (candidates.includes(contextual)) return contextual;
  const loose = candidates.find((candidate) => sameIgnoringNeutral(candidate, contextual));
  return loose ?? candidates[0]!;
}

/** CC-CEDICT's readings of a word, common words before names, each once. */
function readingsOf(word: string, size: number, withNames = false): string[] {
  const entries = lookUp(word).filter((entry) => entry.pinyin.split(" ").length === size);
  const common = withNames ? entries : entries.filter((entry) => !entry.proper);
  return [...new Set((common.length > 0 ? common : entries).map((entry) => entry.pinyin))];
}

/**
 * A one-character polyphone read as in the compound it makes with a neighbour, when CC-CEDICT has that
 * compound with one reading: 还 + 钱 → 还钱 huan2 qian2, so 还 is huan2; 还 + 没 → 还没 hai2 mei2.
 */
function readingFromCompound(
  tokens: string[],
  index: number,
  candidates: string[],
): string | undefined {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  const options: [string, number][] = [];
  if (next && isHanWord(next)) options.push([token + firstChars(next, 1), 0]);
  if (previous && isHanWord(previous)) options.push([lastChars(previous, 1) + token, 1]);
  for (const [compound, position] of options) {
    if (!isWord(compound)) continue;
    const readings = readingsOf(compound, 2);
    if (readings.length !== 1) continue;
    const syllable = readings[0]!.split(" ")[position]!;
    if (candidates.includes(syllable)) return syllable;
  }
  return undefined;
}

/**
 * After a numeral or a demonstrative, a polyphone is read as the measure word CC-CEDICT lists it as:
 * 一只 zhī (not zhǐ), 两行 háng, 这种 zhǒng.
 */
function readingAsMeasureWord(tokens: string[], index: number): string | undefined {
  const before = lastChars(tokens[index - 1] ?? "", 1);
  if (!MEASURE_WORD_BEFORE.test(before)) return undefined;
  const entries = lookUp(tokens[index]!).filter((entry) => !entry.proper);
  const measure = entries.filter((entry) =>
    entry.meanings.some((meaning) => /^classifier for|^\(classifier\)/.test(meaning)),
  );
  return measure.length === 1 ? measure[0]!.pinyin : undefined;
}

const MEASURE_WORD_BEFORE = /^[0-9０-９〇零一二三四五六七八九十百千万两几这那每各某哪此该]$/;

/**
 * A one-character polyphone whose readings split into a verb and a non-verb (还: huán "to pay back",
 * hái "still"): before an object (a noun, a pronoun, a number, 了 or 过) it is the verb; before a verb or
 * an adjective it is not. Characters jieba tags as adjectives are left alone (长头发, 好东西). Particles (readings with a neutral tone: 了, 着, 得) are left to pinyin-pro.
 */
function readingFromGrammar(tokens: string[], index: number): string | undefined {
  const next = tokens[index + 1];
  if (!next || !isHanWord(next)) return undefined;
  // Only for 还: an adjective before a noun is no verb before its object (长头发 cháng), nor a
  // preposition before its noun (与 yǔ), and the other adverbs with a verb reading (更 gèng, 渐 jiàn)
  // read better by the model (measured on the dev split of CPP, docs/learning.md).
  if (tokens[index] !== "还") return undefined;
  const entries = lookUp(tokens[index]!).filter((entry) => !entry.proper);
  const verbs = entries.filter((entry) => verbShare(entry.meanings) >= 0.5);
  const others = entries.filter((entry) => verbShare(entry.meanings) === 0);
  if (verbs.length !== 1 || others.length !== 1) return undefined;
  const tag = wordTag(next);
  if (/^(?:n|r|m|ul|ug)/.test(tag)) return verbs[0]!.pinyin;
  if (/^(?:v|a|d)/.test(tag)) return others[0]!.pinyin;
  return undefined;
}

/** 一个, 两个: textbooks print the measure word 个 after a numeral with its full tone (gè), CC-CEDICT neutral. */
function restoreMeasureWordTone(tokens: string[], index: number, reading: string): string {
  const token = tokens[index]!;
  const chars = [...token];
  const syllables = reading.split(" ");
  chars.forEach((char, position) => {
    const before = position > 0 ? chars[position - 1] : lastChars(tokens[index - 1] ?? "", 1);
    if (char === "个" || char === "個")
      if (syllables[position] === "ge5" && before !== undefined && NUMERAL.test(before))
        syllables[position] = "ge4";
  });
  return syllables.join(" ");
}

function sameIgnoringNeutral(a: string, b: string): boolean {
  const x = a.split(" ");
  const y = b.split(" ");
  return (
    x.length === y.length &&
    x.every((syllable, i) => {
      const other = y[i]!;
      return (
        syllable === other ||
        (syllable.slice(0, -1) === other.slice(0, -1) &&
          (syllable.endsWith("5") || other.endsWith("5")))
      );
    })
  );
}

/**
 * The polyphone model's reading of each one-character token it knows as a polyphone, chosen among
 * CC-CEDICT's readings of that character; undefined elsewhere. The model reads the whole text at once.
 */
function modelReadings(tokens: string[]): (string | undefined)[] {
  const positions: number[] = [];
  const owners: number[] = [];
  let offset = 0;
  tokens.forEach((token, index) => {
    const size = [...token].length;
    if (size === 1 && isHanWord(token) && isModelPolyphone(token)) {
      positions.push(offset);
      owners.push(index);
    }
    offset += size;
  });
  const result: (string | undefined)[] = tokens.map(() => undefined);
  if (positions.length === 0) return result;
  const text = tokens.join("");
  const allowed = (position: number) => {
    const token = tokens[owners[positions.indexOf(position)]!]!;
    return readingsOf(token, 1).map(toModelSyllable);
  };
  predictReadings(text, positions, allowed).forEach((reading, k) => {
    result[owners[k]!] = reading === undefined ? undefined : normaliseSyllable(reading);
  });
  return result;
}

/** The model writes ü as "u:" (lü4 → lu:4). */
const toModelSyllable = (syllable: string) => syllable.replace(/ü/g, "u:");

/** pinyin-pro's reading of each token, read a run of Han text at a time so that it sees the context. */
function pinyinProReadings(tokens: string[]): string[] {
  const readings: string[] = tokens.map(() => "");
  let start = 0;
  while (start < tokens.length) {
    if (!isHanWord(tokens[start]!)) {
      const token = tokens[start]!;
      if (hasHan(token)) readings[start] = perCharacter(token);
      start += 1;
      continue;
    }
    let end = start;
    while (end < tokens.length && isHanWord(tokens[end]!)) end += 1;
    const run = tokens.slice(start, end).join("");
    const syllables = pinyinPro(run, {
      toneType: "num",
      type: "array",
      toneSandhi: false,
      v: false,
    }).map(normaliseSyllable);
    let offset = 0;
    for (let i = start; i < end; i++) {
      const size = [...tokens[i]!].length;
      readings[i] = syllables.slice(offset, offset + size).join(" ");
      offset += size;
    }
    start = end;
  }
  return readings;
}

/** A token mixing Han and other characters: each Han character read on its own. */
function perCharacter(token: string): string {
  return [...token]
    .filter((char) => hasHan(char))
    .map((char) =>
      normaliseSyllable(pinyinPro(char, { toneType: "num", toneSandhi: false, v: false })),
    )
    .join(" ");
}

/** pinyin-pro writes the neutral tone as 0; the app as 5. */
function normaliseSyllable(syllable: string): string {
  return syllable.replace(/0$/, "5").replace(/v|u:/g, "ü");
}

function applyOverrides(tokens: string[], readings: string[], overrides: ReadingOverrides): void {
  const words = Object.keys(overrides).sort((a, b) => b.length - a.length);
  if (words.length === 0) return;
  for (let start = 0; start < tokens.length; start++) {
    for (const word of words) {
      let text = "";
      let end = start;
      while (end < tokens.length && text.length < word.length) text += tokens[end++];
      if (text !== word) continue;
      const syllables = overrides[word]!.split(" ");
      let offset = 0;
      for (let i = start; i < end; i++) {
        const size = [...tokens[i]!].length;
        readings[i] = syllables.slice(offset, offset + size).join(" ");
        offset += size;
      }
      start = end - 1;
      break;
    }
  }
}

/**
 * 一 and 不 change tone before others, and textbooks print the changed tone: 不 before a fourth tone is
 * bú; 一 before a fourth tone is yí and before the others yì. 一 keeps yī as a number or ordinal (第一,
 * 十一, 一月), at the end of a word (统一) and before punctuation. Only where the word starts with it.
 */
function applySandhi(tokens: string[], readings: string[]): void {
  tokens.forEach((token, index) => {
    const chars = [...token];
    const syllables = readings[index]!.split(" ");
    chars.forEach((char, at) => {
      if (char !== "一" && char !== "不") return;
      // Inside a word, only where the characters before it do not end a word with it (差一点 chà yì
      // diǎn, but 统一战线 keeps the yī of 统一).
      if (at > 0 && (char === "不" || isWord(chars[at - 1]! + char))) return;
      // 看一看: 一 between a verb said twice is unstressed (kàn yi kàn).
      if (char === "一" && at > 0 && chars[at - 1] === chars[at + 1]) {
        syllables[at] = "yi5";
        return;
      }
      const nextChar = chars[at + 1] ?? firstChars(tokens[index + 1] ?? "", 1);
      const nextSyllable =
        at + 1 < chars.length ? syllables[at + 1] : (readings[index + 1] ?? "").split(" ")[0];
      if (!nextChar || !hasHan(nextChar) || !nextSyllable) return;
      const tone = nextSyllable.slice(-1);
      if (char === "不" && syllables[at] === "bu4") {
        if (tone === "4") syllables[at] = "bu2";
      } else if (char === "一" && syllables[at] === "yi1") {
        const before = at > 0 ? chars[at - 1]! : lastChars(tokens[index - 1] ?? "", 1);
        if (
          before === "第" ||
          NUMERAL.test(before) ||
          NUMERAL.test(nextChar) ||
          "月号".includes(nextChar)
        )
          return;
        syllables[at] = tone === "4" ? "yi2" : tone === "5" ? "yi2" : "yi4";
      }
    });
    readings[index] = syllables.join(" ");
  });
}

function firstChars(text: string, n: number): string {
  return [...text].slice(0, n).join("");
}

function lastChars(text: string, n: number): string {
  return [...text].slice(-n).join("");
}

const TONE_MARKS: Record<string, string> = {
  a: "āáǎàa",
  e: "ēéěèe",
  i: "īíǐìi",
  o: "ōóǒòo",
  u: "ūúǔùu",
  ü: "ǖǘǚǜü",
};

/** Tone numbers → tone marks, for display: "yin2 hang2" → "yín háng", "lü4" → "lǜ", "le5" → "le". */
export function toneMarks(reading: string): string {
  return reading
    .split(" ")
    .map((syllable) => {
      const match = /^([a-zü]+)([1-5])$/i.exec(syllable);
      if (!match) return syllable;
      const [, letters, toneText] = match as unknown as [string, string, string];
      const tone = Number(toneText) - 1;
      // The mark goes on a or e; on the o of ou; else on the last vowel.
      const lower = letters.toLowerCase();
      let at = lower.search(/[ae]/);
      if (at === -1) at = lower.indexOf("ou");
      if (at === -1) {
        const vowels = [...lower.matchAll(/[iouü]/g)];
        at = vowels.at(-1)?.index ?? -1;
      }
      if (at === -1) return letters;
      const vowel = lower[at]!;
      return letters.slice(0, at) + TONE_MARKS[vowel]![tone] + letters.slice(at + 1);
    })
    .join(" ");
}
