/**
 * Builds an article's study data (study-types.ts) at build time: segmentation and readings of the
 * Chinese, base forms and equivalents of the English, sentence ranges and their alignment. Every text
 * is the paragraph's text as the page renders it: its text nodes in order (InlineText), so the
 * browser can find each word and sentence by offset.
 */
import { toTraditional, type TraditionalPins } from "@/lib/chinese/convert";
import { readText, toneMarks } from "@/lib/chinese/pinyin";
import type { Article, Inline, ParagraphPair } from "@/lib/content/types";
import { alignSentences } from "@/lib/aligner/align";
import { hasHan, oneLine } from "@/lib/text";
import { chineseFor, lookUp, variantOf } from "@/lib/chinese/dictionary";
import {
  EQUIVALENTS_KEPT,
  type EnglishWord,
  STOP_WORDS,
  baseFormCandidates,
  baseFormOf,
  englishWords,
} from "./english";
import { cefrLevel, cetMark, hskLevels } from "./levels";
import {
  STUDY_DATA_VERSION,
  type EnToken,
  type StudyData,
  type StudyLemma,
  type StudyPair,
  type StudyScript,
  type StudyWord,
  type ZhToken,
} from "./study-types";

/** Readings and meanings shipped per word: enough for a popover, small enough for the budget. */
const MAX_READINGS = 2;
const MAX_MEANINGS = 4;
const MAX_MEANING_LENGTH = 70;
/** Equivalents shown for an English word (plus the one lit up in the sentence, when it is not among them). */
const EQUIVALENTS_SHOWN = 3;

/** The text nodes a paragraph renders, in order (InlineText: text and code; a break renders none). */
export function textNodes(
  inlines: Inline[],
  script: StudyScript = "hans",
  pins: TraditionalPins = {},
): string[] {
  return inlines.flatMap((inline): string[] => {
    switch (inline.type) {
      case "text":
        return [script === "hant" ? toTraditional(inline.value, pins) : inline.value];
      case "code":
        return [inline.value];
      case "break":
        return [];
      default:
        return textNodes(inline.children, script, pins);
    }
  });
}

export function buildStudyData(article: Article, script: StudyScript): StudyData {
  const words = new WordTable(script);
  const lemmas: StudyLemma[] = [];
  const lemmaIndex = new Map<string, number>();
  const pairs = article.pairs.map((pair) =>
    buildPair(pair, script, article, words, (lemma, equivalents) => {
      // One entry per base form and equivalents shown (a phrase can add one in its sentence).
      const key = `${lemma}|${equivalents.join(",")}`;
      const known = lemmaIndex.get(key);
      if (known !== undefined) return known;
      lemmaIndex.set(key, lemmas.length);
      lemmas.push({ l: lemma, z: equivalents.map((word) => words.equivalent(word)) });
      return lemmas.length - 1;
    }),
  );
  return {
    v: STUDY_DATA_VERSION,
    slug: article.slug,
    script,
    words: words.list.map(withHskLevels),
    lemmas: lemmas.map(withEnglishLevels),
    pairs,
  };
}

/** Levels ride on the words (lib/learning/levels.ts): optional fields, so older readers of the data ignore them. */
function withHskLevels(word: StudyWord): StudyWord {
  const { hsk3, hsk2 } = hskLevels(word.s);
  return { ...word, ...(hsk3 ? { h: hsk3 } : {}), ...(hsk2 ? { h2: hsk2 } : {}) };
}

function withEnglishLevels(lemma: StudyLemma): StudyLemma {
  const level = cefrLevel(lemma.l);
  const cet = cetMark(lemma.l);
  return { ...lemma, ...(level ? { e: level } : {}), ...(cet ? { c: cet } : {}) };
}

function buildPair(
  pair: ParagraphPair,
  script: StudyScript,
  article: Pick<Article, "readings" | "traditional">,
  words: WordTable,
  lemmaOf: (lemma: string, equivalents: string[]) => number,
): StudyPair {
  // Chinese: read the Simplified text whole (context), then cut the words at text-node boundaries.
  const simplifiedNodes = textNodes(pair.zh, "hans");
  // The article's pinned Traditional forms, as its page shows them (lib/content/localize.ts).
  const pins = article.traditional ?? {};
  const shownNodes = script === "hans" ? simplifiedNodes : textNodes(pair.zh, script, pins);
  const simplified = simplifiedNodes.join("");
  const read = readText(simplified, article.readings ?? {});
  const pieces = cutAtNodes(read, simplifiedNodes);
  const zh: ZhToken[] = [];
  /** Offsets in the Simplified text → offsets in the shown text, at token boundaries. */
  const offsetMap = new Map<number, number>([[0, 0]]);
  const tokenStarts: number[] = [];
  let simplifiedOffset = 0;
  let shownOffset = 0;
  pieces.forEach((nodePieces, node) => {
    const shown = shownPieces(nodePieces, simplifiedNodes[node]!, shownNodes[node]!, pins);
    const matches = shown.join("") === shownNodes[node];
    if (!matches) {
      // The conversion changed a phrase's length across words: keep this node's text, without words.
      zh.push([shownNodes[node]!.length]);
      tokenStarts.push(simplifiedOffset);
      simplifiedOffset += simplifiedNodes[node]!.length;
      shownOffset += shownNodes[node]!.length;
      offsetMap.set(simplifiedOffset, shownOffset);
      return;
    }
    nodePieces.forEach((piece, k) => {
      tokenStarts.push(simplifiedOffset);
      const length = shown[k]!.length;
      if (piece.reading !== "" && hasHan(piece.text))
        zh.push([length, words.word(piece.text), toneMarks(piece.reading)]);
      else zh.push([length]);
      simplifiedOffset += piece.text.length;
      shownOffset += length;
      offsetMap.set(simplifiedOffset, shownOffset);
    });
  });
  const shownOffsetOf = (offset: number) => offsetMap.get(offset) ?? offset;

  // Sentences of both sides and which translate which, then the English words and base forms.
  const english = textNodes(pair.en).join("");
  const { ranges, alignment } = alignSentences(english, simplified);
  const { en: enRanges, zh: zhRanges } = ranges;
  const beads = alignment.beads;
  const zhSentencesOf = new Map<number, number[]>();
  for (const bead of beads) for (const i of bead.en) zhSentencesOf.set(i, bead.zh);

  const englishList = englishWords(english);
  const en: EnToken[] = englishList.map((word, k) => {
    const sentence = enRanges.findIndex(
      (range) => word.start >= range.start && word.start < range.end,
    );
    const aligned = (zhSentencesOf.get(sentence) ?? []).map((k) => zhRanges[k]!);
    const alignedText = aligned.map(({ start, end }) => simplified.slice(start, end)).join("");
    const stop = STOP_WORDS.has(word.text.toLowerCase());
    const { lemma, equivalents } = baseFormOf(
      word.text,
      (chinese) => !stop && alignedText.includes(chinese),
    );
    // A two-word phrase can name what one word does not: "musical instruments" is 乐器.
    const fromPhrase = stop
      ? []
      : (phrasesAround(englishList, k, english)
          .map((phrase) =>
            chineseFor(phrase, { limit: 4 }).filter(
              (chinese) => [...chinese].length > 1 && alignedText.includes(chinese),
            ),
          )
          .find((found) => found.length > 0) ?? []);
    const candidates = [...fromPhrase, ...equivalents.filter((e) => !fromPhrase.includes(e))];
    const lit = stop ? -1 : litToken(candidates, aligned, tokenStarts, zh, pieces.flat());
    const shownEquivalents = candidates.slice(0, EQUIVALENTS_SHOWN);
    const litWord = lit >= 0 ? pieces.flat()[lit]!.text : undefined;
    if (litWord && !shownEquivalents.includes(litWord) && candidates.includes(litWord))
      shownEquivalents.push(litWord);
    return [word.start, word.text.length, lemmaOf(lemma, shownEquivalents), lit];
  });

  return {
    n: pair.n,
    zh,
    en,
    es: enRanges.map(({ start, end }) => [start, end]),
    zs: zhRanges.map(({ start, end }) => [shownOffsetOf(start), shownOffsetOf(end)]),
    b: beads.map((bead) => [bead.en, bead.zh]),
  };
}

/**
 * The Chinese token an English word lights up: the first of its equivalents (best first, up to
 * EQUIVALENTS_KEPT) that is a word of the aligned sentences, else one that a word there contains.
 */
function litToken(
  equivalents: string[],
  aligned: { start: number; end: number }[],
  tokenStarts: number[],
  zh: ZhToken[],
  pieces: { text: string }[],
): number {
  const inAligned = (index: number) =>
    aligned.some(({ start, end }) => tokenStarts[index]! >= start && tokenStarts[index]! < end);
  const candidates = zh
    .map((_, index) => index)
    .filter((index) => zh[index]!.length === 3 && inAligned(index));
  for (const equivalent of equivalents.slice(0, EQUIVALENTS_KEPT)) {
    const exact = candidates.find((index) => pieces[index]!.text === equivalent);
    if (exact !== undefined) return exact;
  }
  for (const equivalent of equivalents.slice(0, EQUIVALENTS_KEPT)) {
    if ([...equivalent].length < 2) continue;
    const within = candidates.find((index) => pieces[index]!.text.includes(equivalent));
    if (within !== undefined) return within;
  }
  return -1;
}

/**
 * A text node's words as the page shows them. OpenCC converts phrase by phrase, so the Traditional
 * node is cut where the Simplified one is cut when both have the same length (almost always); else
 * each word is converted alone, which may not add up to the node (then the node gets no words).
 */
function shownPieces(
  pieces: { text: string }[],
  simplified: string,
  shown: string,
  pins: TraditionalPins,
): string[] {
  if (simplified === shown) return pieces.map((piece) => piece.text);
  if (simplified.length === shown.length) {
    let offset = 0;
    return pieces.map((piece) => shown.slice(offset, (offset += piece.text.length)));
  }
  return pieces.map((piece) => toTraditional(piece.text, pins));
}

/**
 * Two-word phrases a word is part of, the second word in its base form: "musical instruments" →
 * "musical instrument"; "bank cards" → "bank card" for both words. Only words next to each other.
 */
function phrasesAround(words: EnglishWord[], k: number, text: string): string[] {
  const phrases: string[] = [];
  const word = words[k]!;
  const previous = words[k - 1];
  const next = words[k + 1];
  const adjacent = (a: EnglishWord, b: EnglishWord) =>
    text.slice(a.start + a.text.length, b.start) === " ";
  if (previous && adjacent(previous, word))
    phrases.push(`${previous.text.toLowerCase()} ${baseFormCandidates(word.text)[0]}`);
  if (next && adjacent(word, next))
    phrases.push(`${word.text.toLowerCase()} ${baseFormCandidates(next.text)[0]}`);
  return phrases;
}

/** Splits read tokens where the page's text nodes split (a word never spans two elements on the page). */
function cutAtNodes(
  tokens: { text: string; reading: string }[],
  nodes: string[],
): { text: string; reading: string }[][] {
  const out: { text: string; reading: string }[][] = nodes.map(() => []);
  let node = 0;
  let room = nodes[0]?.length ?? 0;
  for (const token of tokens) {
    let text = token.text;
    let syllables = token.reading === "" ? [] : token.reading.split(" ");
    while (text.length > 0) {
      while (room === 0 && node < nodes.length - 1) room = nodes[++node]!.length;
      const take = Math.min(room, text.length);
      const head = text.slice(0, take);
      const hanCount = [...head].filter(hasHan).length;
      out[node]!.push({ text: head, reading: syllables.slice(0, hanCount).join(" ") });
      syllables = syllables.slice(hanCount);
      text = text.slice(take);
      room -= take;
      if (take === 0) break;
    }
  }
  return out;
}

/** The words an article's data names, each once, with what the popovers show. */
class WordTable {
  readonly list: StudyWord[] = [];
  private readonly index = new Map<string, number>();
  private readonly full = new Set<number>();

  constructor(private readonly script: StudyScript) {}

  /** A word of the Chinese text: all its readings and meanings, or its characters when CC-CEDICT lacks it. */
  word(text: string): number {
    const at = this.slot(text);
    if (this.full.has(at)) return at;
    this.full.add(at);
    const entries = lookUp(text);
    const entry = this.list[at]!;
    if (entries.length === 0) {
      const chars = [...text];
      if (chars.length > 1) entry.c = chars.map((char) => this.word(char));
      entry.r = [];
      return at;
    }
    const byReading = new Map<string, string[]>();
    for (const found of entries) {
      const reading = toneMarks(found.pinyin);
      const meanings = byReading.get(reading) ?? [];
      meanings.push(...found.meanings.flatMap(meaningsOf));
      byReading.set(reading, meanings);
    }
    // The reading with the most senses first (的: de before dí and dì); the popover puts the one read
    // in context first anyway.
    entry.r = [...byReading]
      .filter(([, meanings]) => meanings.length > 0)
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, MAX_READINGS)
      .map(([reading, meanings]) => [reading, [...new Set(meanings)].slice(0, MAX_MEANINGS)]);
    // An entry with no meaning of its own left (only pronunciation notes): its characters, as for a
    // word CC-CEDICT lacks.
    if (entry.r.length === 0 && [...text].length > 1)
      entry.c = [...text].map((char) => this.word(char));
    return at;
  }

  /** A word only an English word's equivalents name: its forms and first reading. */
  equivalent(text: string): number {
    const at = this.slot(text);
    const entry = this.list[at]!;
    if (entry.r.length === 0 && !this.full.has(at)) {
      const first = lookUp(text)[0];
      if (first) entry.r = [[toneMarks(first.pinyin), []]];
    }
    return at;
  }

  private slot(simplified: string): number {
    const known = this.index.get(simplified);
    if (known !== undefined) return known;
    const traditional = lookUp(simplified).find(
      (entry) => entry.simplified === simplified,
    )?.traditional;
    const t = traditional ?? toTraditional(simplified);
    this.list.push(t === simplified ? { s: simplified, r: [] } : { s: simplified, t, r: [] });
    this.index.set(simplified, this.list.length - 1);
    void this.script;
    return this.list.length - 1;
  }
}

/**
 * What one CC-CEDICT meaning gives a popover: itself, tidied; or, for "variant of X", X's own
 * meanings (下功夫 is only "variant of 下工夫[xia4 gong1 fu5]"; a reader wants "to put in time and
 * energy").
 */
function meaningsOf(meaning: string): string[] {
  const target = variantOf(meaning);
  if (target === undefined) {
    const tidy = tidyMeaning(meaning);
    return tidy === "" ? [] : [tidy];
  }
  return lookUp(target)
    .flatMap((entry) => entry.meanings)
    .filter((other) => !/variant of/i.test(other))
    .map(tidyMeaning)
    .filter((tidy) => tidy !== "");
}

/**
 * A meaning as a popover shows it: without CC-CEDICT's pinyin cross-references (的士[di1 shi4] → 的士),
 * notes on pronunciation dropped, long ones cut.
 */
function tidyMeaning(meaning: string): string {
  if (/^(?:also pr\.|Taiwan pr\.|old variant of|variant of)/i.test(meaning)) return "";
  const text = oneLine(meaning.replace(/\[[^\]]*\]/g, ""));
  return text.length <= MAX_MEANING_LENGTH ? text : `${text.slice(0, MAX_MEANING_LENGTH - 1)}…`;
}
