/**
 * Sentence alignment inside one paragraph pair, at build time: which English sentences translate which
 * Chinese ones (1–1, 1–2, 2–1, and a sentence with no counterpart, 1–0 or 0–1). Dynamic programming over
 * those bead shapes, like the paragraph aligner (lib/aligner), scoring each bead by
 *   - its shape's prior (most sentences translate one to one),
 *   - how far its lengths are from the pair's own ratio of Han characters to English letters (Gale–Church),
 *   - the paragraph aligner's anchors (shared numbers, Latin names, quotations),
 *   - dictionary evidence: English words whose CC-CEDICT equivalents occur in the Chinese.
 * One function, `alignSentences`, so that another aligner can replace it.
 */
import { anchorScore } from "@/lib/aligner/anchors";
import { baseFormCandidates, STOP_WORDS, englishWords } from "./english";
import { chineseFor } from "@/lib/chinese/dictionary";

/** English sentences `en` translate Chinese sentences `zh` (indexes; either may be empty). */
export interface SentenceBead {
  en: number[];
  zh: number[];
}

const MOVES: [number, number][] = [
  [1, 1],
  [2, 1],
  [1, 2],
  [1, 0],
  [0, 1],
];
const PRIOR: Record<string, number> = {
  "1-1": -Math.log(0.85),
  "2-1": -Math.log(0.06),
  "1-2": -Math.log(0.06),
  "1-0": -Math.log(0.015),
  "0-1": -Math.log(0.015),
};
/** Gale–Church variance of Han characters per English letter (the paragraph aligner measured 0.25). */
const S2 = 0.4;
const LEXICAL_WEIGHT = 4;
const LONE_MERGE_PENALTY = 4;
/** Han characters per English letter in a typical translation (the sample library: about 0.33). */
const TYPICAL_RATIO = 0.33;
const RATIO_WEIGHT = 150;

export function alignSentences(english: string[], chinese: string[]): SentenceBead[] {
  const m = english.length;
  const n = chinese.length;
  if (m === 0 || n === 0)
    return [
      ...english.map((_, i) => ({ en: [i], zh: [] })),
      ...chinese.map((_, j) => ({ en: [], zh: [j] })),
    ];
  const enLengths = english.map((text) => text.match(/\p{L}/gu)?.length ?? 0);
  const zhLengths = chinese.map((text) => text.match(/\p{Script=Han}/gu)?.length ?? 0);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  // The pair's own ratio, drawn towards a typical one so that one untranslated sentence does not set it.
  const ratio = (sum(zhLengths) + TYPICAL_RATIO * RATIO_WEIGHT) / (sum(enLengths) + RATIO_WEIGHT);
  const words = english.map(contentWordEquivalents);

  const cost = (i: number, j: number, di: number, dj: number): number => {
    let total = PRIOR[`${di}-${dj}`]!;
    if (di === 0 || dj === 0) return total;
    const enLength = sum(enLengths.slice(i, i + di));
    const zhLength = sum(zhLengths.slice(j, j + dj));
    const z = (zhLength - enLength * ratio) / Math.sqrt(Math.max(1, enLength) * S2 * ratio);
    total += (z * z) / 2;
    const en = english.slice(i, i + di).join(" ");
    const zh = chinese.slice(j, j + dj).join("");
    total -= anchorScore(en, zh).score;
    const content = words.slice(i, i + di).flat();
    if (content.length > 0) {
      const found = content.filter((equivalents) => equivalents.some((word) => zh.includes(word)));
      total -= (LEXICAL_WEIGHT * found.length) / Math.sqrt(content.length);
    }
    // A merge must be earned by each of its sentences: one that shares no word with the other side is
    // more likely untranslated (1–0) than merged.
    if (di === 2)
      for (const k of [i, i + 1])
        if (words[k]!.length >= 2 && !words[k]!.some((eq) => eq.some((word) => zh.includes(word))))
          total += LONE_MERGE_PENALTY;
    if (dj === 2)
      for (const k of [j, j + 1]) {
        const own = chinese[k]!;
        if (content.length >= 2 && !content.some((eq) => eq.some((word) => own.includes(word))))
          total += LONE_MERGE_PENALTY;
      }
    return total;
  };

  const best: number[][] = Array.from({ length: m + 1 }, () => Array<number>(n + 1).fill(Infinity));
  const from: [number, number][][] = Array.from({ length: m + 1 }, () =>
    Array.from({ length: n + 1 }, () => [0, 0] as [number, number]),
  );
  best[0]![0] = 0;
  for (let i = 0; i <= m; i++)
    for (let j = 0; j <= n; j++) {
      if (i === 0 && j === 0) continue;
      for (const [di, dj] of MOVES) {
        if (i < di || j < dj) continue;
        const previous = best[i - di]![j - dj]!;
        if (previous === Infinity) continue;
        const total = previous + cost(i - di, j - dj, di, dj);
        if (total < best[i]![j]!) {
          best[i]![j] = total;
          from[i]![j] = [di, dj];
        }
      }
    }
  const beads: SentenceBead[] = [];
  for (let i = m, j = n; i > 0 || j > 0;) {
    const [di, dj] = from[i]![j]!;
    beads.unshift({
      en: Array.from({ length: di }, (_, k) => i - di + k),
      zh: Array.from({ length: dj }, (_, k) => j - dj + k),
    });
    i -= di;
    j -= dj;
  }
  return beads;
}

/** For each content word of a sentence, the Chinese words CC-CEDICT gives for its base forms. */
function contentWordEquivalents(sentence: string): string[][] {
  return englishWords(sentence)
    .filter((word) => !STOP_WORDS.has(word.text.toLowerCase()) && word.text.length > 2)
    .map((word) => [
      ...new Set(baseFormCandidates(word.text).flatMap((form) => chineseFor(form, { limit: 6 }))),
    ])
    .filter((equivalents) => equivalents.length > 0);
}
