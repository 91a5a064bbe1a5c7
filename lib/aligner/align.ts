import {
  type SentenceRange,
  chineseSentenceRanges,
  collapse,
  englishSentenceRanges,
  hanCount,
  latinCount,
} from "@/lib/text";
import { chineseNumbers, englishNumbers, hasQuotes, latinInChinese } from "./anchors";
import { type Lexicon, loadLexicon, renderingsOf } from "./lexicon";

/**
 * Outside evaluation scripts split plain texts and align them through this module:
 * `alignParagraphs`, `splitParagraphs` and `LOW_CONFIDENCE` stay exported here (docs/contracts.md).
 * The splitting itself is lib/text's, the one rule for paragraphs of plain text.
 */
export { splitParagraphs } from "@/lib/text";

/**
 * A monotone aligner for paragraphs or sentences of an English text and its Chinese translation,
 * after Gale & Church (length), with the anchors of Hunalign-style aligners (a bilingual dictionary,
 * numbers, names) and a search band around the diagonal so time grows about linearly. How it is
 * measured: docs/editor-tools.md.
 */

/** A bead: `en` English units aligned with `zh` Chinese units (indexes into the inputs). */
export interface Bead {
  en: number[];
  zh: number[];
  /** Posterior probability of this bead given both texts (0–1): low means "check me". */
  confidence: number;
  cost: number;
}

export interface Alignment {
  beads: Bead[];
  /** Han characters per English letter, over the two whole texts. */
  ratio: number;
}

export type Move = readonly [number, number];

/** Every bead shape: one to three units on a side, and a unit with no counterpart. */
export const ALL_MOVES: readonly Move[] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 3],
  [3, 1],
  [2, 2],
  [1, 0],
  [0, 1],
];

/** -ln(prior) of each bead shape: how often real translations have it. */
const PRIOR_COST: Record<string, number> = {
  "1-1": -Math.log(0.8),
  "1-2": -Math.log(0.07),
  "2-1": -Math.log(0.06),
  "1-3": -Math.log(0.015),
  "3-1": -Math.log(0.01),
  "2-2": -Math.log(0.01),
  "1-0": -Math.log(0.015),
  "0-1": -Math.log(0.015),
};

/**
 * Gale–Church variance: Chinese length ~ Normal(c·e, e·S2) for e English letters. Measured on the
 * content library, S2 ≈ 0.25 Han characters² per letter; doubled for less careful translations.
 */
const S2 = 0.5;

/**
 * Dictionary evidence as a log-likelihood ratio per English content word: a translation renders a
 * word the dictionary knows about half the time; an unrelated Chinese text of h characters contains
 * one of its renderings by chance with a probability growing with h.
 */
const P_RENDERED = 0.55;
const chanceRendering = (han: number) => Math.min(0.5, 0.01 + 0.001 * han);
/** PRIOR_COST by shape, as an array indexed `4·en + zh` for the inner loop. */
const PRIOR_TABLE = Array.from({ length: 16 }, (_, index) => {
  const value = PRIOR_COST[`${index >> 2}-${index & 3}`];
  return value ?? 10;
});

/** Weight of the dictionary evidence against the length and shape evidence. */
const LEXICON_WEIGHT = 1;

const MATCH_BONUS = 1.5;
const MISS_PENALTY = 0.8;
const QUOTE_BONUS = 0.5;
const QUOTE_PENALTY = 0.4;

/**
 * A bracketed aside or editor's note ("（编者按：…）", "(Photos: …)"): often printed in one
 * language only, so leaving it unpaired costs less, and merging it into a neighbour costs more.
 */
export function isAside(text: string): boolean {
  return (
    /^[（(【[].*[）)】\]]$/su.test(text) ||
    /^(编者按|编者注|注[:：]|editor['’]?s note|note:)/iu.test(text)
  );
}
const ASIDE_UNPAIRED_RELIEF = 5;
const ASIDE_MERGE_PENALTY = 4;

/** Standard normal tail, 2·(1 − Φ(|z|)), via the Abramowitz–Stegun erfc approximation. */
function twoSidedTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

function lengthCost(enLength: number, zhLength: number, ratio: number): number {
  const z = (zhLength - enLength * ratio) / Math.sqrt(Math.max(1, enLength) * S2);
  return -Math.log(Math.max(twoSidedTail(z), 1e-12));
}

function logAdd(a: number, b: number): number {
  // Costs are negative logs: -ln(e^-a + e^-b).
  if (a === Infinity) return b;
  if (b === Infinity) return a;
  const gap = a - b;
  if (gap > 36) return b;
  if (gap < -36) return a;
  return Math.min(a, b) - Math.log1p(Math.exp(-Math.abs(gap)));
}

/** Longest dictionary word looked up through a unit's set of character runs; longer ones by search. */
const GRAM = 4;

/** Every run of 1 to GRAM characters in a text: set look-ups instead of substring searches. */
function hanGrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let start = 0; start < text.length; start += 1)
    for (let length = 1; length <= GRAM && start + length <= text.length; length += 1)
      grams.add(text.slice(start, start + length));
  return grams;
}

export interface AlignOptions {
  /** Bead shapes allowed (default: ALL_MOVES). */
  moves?: readonly Move[];
  /** Extra evidence for a bead (positive: belongs together), e.g. page layout in the importer. */
  bonus?: (en: number[], zh: number[]) => number;
  /** The bilingual dictionary; `false` aligns on length and anchors alone. Default: CC-CEDICT. */
  lexicon?: Lexicon | false;
  /** Half-width of the search band around the diagonal, in units (default: found by a rough first pass). */
  band?: number;
}

interface Unit {
  length: number;
  numbers: Set<string>;
  quotes: boolean;
  aside: boolean;
}

/**
 * Aligns English units (paragraphs or sentences) with Chinese units by dynamic programming over
 * the bead shapes in `moves`. A bead's cost is its shape prior, a length-ratio cost, minus its
 * anchor evidence (dictionary renderings, shared numbers, Latin names in the Chinese, quotations).
 * Confidence is each chosen bead's posterior, from forward–backward sums over all alignments.
 */
export function alignParagraphs(
  english: string[],
  chinese: string[],
  options: AlignOptions = {},
): Alignment {
  const m = english.length;
  const n = chinese.length;
  const moves = options.moves ?? ALL_MOVES;
  const lexicon = options.lexicon === undefined ? loadLexicon() : options.lexicon;

  const enUnits: Unit[] = english.map((text) => ({
    length: latinCount(text),
    numbers: englishNumbers(text),
    quotes: hasQuotes(text, "en"),
    aside: isAside(text),
  }));
  const zhUnits: Unit[] = chinese.map((text) => ({
    length: hanCount(text),
    numbers: chineseNumbers(text),
    quotes: hasQuotes(text, "zh"),
    aside: isAside(text),
  }));
  const enLower = english.map((text) => text.toLowerCase());
  const zhLatin = chinese.map((text) => [...latinInChinese(text)]);
  const renderings = lexicon ? english.map((text) => renderingsOf(text, lexicon)) : [];
  const totalEn = enUnits.reduce((sum, unit) => sum + unit.length, 0);
  const totalZh = zhUnits.reduce((sum, unit) => sum + unit.length, 0);
  const ratio = totalEn > 0 && totalZh > 0 ? totalZh / totalEn : 0.35;

  const gramCache: Set<string>[] = [];
  /** Bit k of found(i, j): Chinese unit j contains a rendering of English unit i's word k. */
  const foundCache = new Map<number, number[]>();
  const found = (i: number, j: number): number[] => {
    const cacheKey = i * (n + 1) + j;
    let bits = foundCache.get(cacheKey);
    if (bits) return bits;
    const words = renderings[i]!;
    bits = new Array(Math.ceil(words.length / 31)).fill(0);
    const zh = chinese[j]!;
    const grams = (gramCache[j] ??= hanGrams(zh));
    words.forEach((candidates, k) => {
      if (candidates.some((word) => (word.length <= GRAM ? grams.has(word) : zh.includes(word))))
        bits![k >> 5]! |= 1 << (k & 31);
    });
    foundCache.set(cacheKey, bits);
    return bits;
  };
  const popcount = (x: number) => {
    let count = 0;
    for (let v = x >>> 0; v; v &= v - 1) count += 1;
    return count;
  };

  const evidence = (i: number, di: number, j: number, dj: number): number => {
    let score = 0;
    // Dictionary: each English content word the lexicon knows is rendered in the Chinese, or not.
    if (lexicon) {
      let han = 0;
      for (let b = j; b < j + dj; b += 1) han += zhUnits[b]!.length;
      const chance = chanceRendering(han);
      const hit = Math.log(P_RENDERED / chance);
      const miss = Math.log((1 - P_RENDERED) / (1 - chance));
      for (let a = i; a < i + di; a += 1) {
        const words = renderings[a]!.length;
        if (words === 0) continue;
        let matched = 0;
        for (let w = 0; w < Math.ceil(words / 31); w += 1) {
          let bits = 0;
          for (let b = j; b < j + dj; b += 1) bits |= found(a, b)[w]!;
          matched += popcount(bits);
        }
        score += LEXICON_WEIGHT * (matched * hit + (words - matched) * miss);
      }
    }
    // Numbers, Latin words in the Chinese (names, codes), quotations.
    let anyAnchor = false;
    for (let a = i; a < i + di && !anyAnchor; a += 1) anyAnchor = enUnits[a]!.numbers.size > 0;
    for (let b = j; b < j + dj && !anyAnchor; b += 1)
      anyAnchor = zhUnits[b]!.numbers.size > 0 || zhLatin[b]!.length > 0;
    if (!anyAnchor) {
      let enQuote = false;
      let zhQuote = false;
      for (let a = i; a < i + di; a += 1) enQuote ||= enUnits[a]!.quotes;
      for (let b = j; b < j + dj; b += 1) zhQuote ||= zhUnits[b]!.quotes;
      if (enQuote && zhQuote) return score + QUOTE_BONUS;
      return enQuote !== zhQuote ? score - QUOTE_PENALTY : score;
    }
    const enNumbers = new Set<string>();
    const zhNumbers = new Set<string>();
    let enQuotes = false;
    let zhQuotes = false;
    for (let a = i; a < i + di; a += 1) {
      for (const number of enUnits[a]!.numbers) enNumbers.add(number);
      enQuotes ||= enUnits[a]!.quotes;
    }
    for (let b = j; b < j + dj; b += 1) {
      for (const number of zhUnits[b]!.numbers) zhNumbers.add(number);
      zhQuotes ||= zhUnits[b]!.quotes;
    }
    let matched = 0;
    for (const number of enNumbers) if (zhNumbers.has(number)) matched += 1;
    let unmatched = enNumbers.size - matched + (zhNumbers.size - matched);
    for (let b = j; b < j + dj; b += 1) {
      for (const word of zhLatin[b]!) {
        let inEnglish = false;
        for (let a = i; a < i + di && !inEnglish; a += 1) inEnglish = enLower[a]!.includes(word);
        if (inEnglish) matched += 1;
        else unmatched += 1;
      }
    }
    score += MATCH_BONUS * matched - MISS_PENALTY * unmatched;
    if (enQuotes && zhQuotes) score += QUOTE_BONUS;
    else if (enQuotes !== zhQuotes) score -= QUOTE_PENALTY;
    return score;
  };

  /** Gale–Church cost of the lengths of English units i… (di of them) against Chinese units j… (dj). */
  const beadLengthCost = (i: number, j: number, di: number, dj: number): number => {
    let enLength = 0;
    let zhLength = 0;
    for (let a = i; a < i + di; a += 1) enLength += enUnits[a]!.length;
    for (let b = j; b < j + dj; b += 1) zhLength += zhUnits[b]!.length;
    return lengthCost(enLength, zhLength, ratio);
  };

  const beadCost = (i: number, j: number, di: number, dj: number): number => {
    let cost = PRIOR_TABLE[4 * di + dj]!;
    let asides = 0;
    for (let a = i; a < i + di; a += 1) if (enUnits[a]!.aside) asides += 1;
    for (let b = j; b < j + dj; b += 1) if (zhUnits[b]!.aside) asides += 1;
    if (di + dj === 1 && asides > 0) cost -= ASIDE_UNPAIRED_RELIEF;
    if (di + dj >= 3 && asides > 0) cost += ASIDE_MERGE_PENALTY;
    if (di > 0 && dj > 0) {
      cost += beadLengthCost(i, j, di, dj);
      cost -= evidence(i, di, j, dj);
      if (options.bonus) {
        const en = Array.from({ length: di }, (_, k) => i + k);
        const zh = Array.from({ length: dj }, (_, k) => j + k);
        cost -= options.bonus(en, zh);
      }
    }
    return cost;
  };

  // A first pass on length and shape alone, cheap enough for a wide band around the diagonal,
  // finds where the texts drift apart; the full evidence is then weighed in a narrow band around
  // that path. When the path runs along a band's edge, the band moves to it, then widens.
  const lengthOnly = (i: number, j: number, di: number, dj: number): number =>
    PRIOR_TABLE[4 * di + dj]! + (di > 0 && dj > 0 ? beadLengthCost(i, j, di, dj) : 0);
  // The diagonal in length rather than in units: English unit i faces the Chinese unit where the
  // same share of the text has been read, so long and short units do not pull it off course.
  let centre: Int32Array = new Int32Array(m + 1);
  for (let i = 1, j = 0, enRead = 0, zhRead = 0; i <= m; i += 1) {
    enRead += enUnits[i - 1]!.length + 1;
    while (j < n && (zhRead + zhUnits[j]!.length + 1) / (totalZh + n) <= enRead / (totalEn + m)) {
      zhRead += zhUnits[j]!.length + 1;
      j += 1;
    }
    centre[i] = j;
  }
  centre[m] = n;
  if (options.band === undefined && Math.max(m, n) > 2 * NARROW_BAND) {
    let wide = 4 * NARROW_BAND;
    for (;;) {
      const rough = alignInBand(m, n, moves, lengthOnly, wide, centre, false);
      centre = pathCentre(rough.beads, m);
      if (!rough.touchedEdge || wide >= Math.max(m, n)) break;
      wide *= 2;
    }
  }
  let band = options.band ?? NARROW_BAND;
  for (let attempt = 0; ; attempt += 1) {
    const result = alignInBand(m, n, moves, beadCost, band, centre);
    if (!result.touchedEdge || band >= Math.max(m, n)) return { beads: result.beads, ratio };
    centre = pathCentre(result.beads, m);
    if (attempt >= 1) band *= 2;
  }
}

/** Half-width of the search band of the full pass, in units either side of the rough path. */
const NARROW_BAND = 15;

/** For each English position, the Chinese position the path passes through there. */
function pathCentre(beads: Bead[], m: number): Int32Array {
  const centre = new Int32Array(m + 1);
  let i = 0;
  let j = 0;
  centre[0] = 0;
  for (const bead of beads) {
    i += bead.en.length;
    j += bead.zh.length;
    centre[i] = j;
  }
  // Rows the path skipped (inside a 2- or 3-unit bead) take the value before them.
  for (let row = 1, last = 0; row <= m; row += 1) {
    if (centre[row] === 0 && row > 0) centre[row] = last;
    last = centre[row]!;
  }
  return centre;
}

/**
 * The dynamic programme inside a band of half-width `band` around `centre` (a Chinese position
 * for each English one).
 * `touchedEdge` says the best path ran along the band's edge, so a wider band might do better.
 */
function alignInBand(
  m: number,
  n: number,
  moves: readonly Move[],
  beadCost: (i: number, j: number, di: number, dj: number) => number,
  band: number,
  centre: Int32Array,
  posteriors = true,
): { beads: Bead[]; touchedEdge: boolean } {
  const lo = new Int32Array(m + 1);
  const hi = new Int32Array(m + 1);
  for (let i = 0; i <= m; i += 1) {
    lo[i] = Math.max(0, centre[i]! - band);
    hi[i] = Math.min(n, centre[i]! + band);
  }
  // The corners must be reachable: the start and end rows reach their corner columns.
  lo[0] = 0;
  hi[m] = n;
  const width = 2 * band + 1;
  const at = (i: number, j: number) => (j < lo[i]! || j > hi[i]! ? -1 : i * width + (j - lo[i]!));
  const size = (m + 1) * width;
  const best = new Float64Array(size).fill(Infinity);
  const soft = new Float64Array(size).fill(Infinity);
  const after = new Float64Array(size).fill(Infinity);
  const back = new Int8Array(size).fill(-1);
  const costs = new Float64Array(size * moves.length).fill(NaN);
  const cost = (i: number, j: number, move: number): number => {
    const slot = at(i, j) * moves.length + move;
    let value = costs[slot]!;
    if (Number.isNaN(value)) {
      value = beadCost(i, j, moves[move]![0], moves[move]![1]);
      costs[slot] = value;
    }
    return value;
  };
  best[at(0, 0)] = 0;
  soft[at(0, 0)] = 0;
  for (let i = 0; i <= m; i += 1) {
    for (let j = lo[i]!; j <= hi[i]!; j += 1) {
      if (i === 0 && j === 0) continue;
      const here = at(i, j);
      let bestValue = Infinity;
      let softValue = Infinity;
      for (let k = 0; k < moves.length; k += 1) {
        const [di, dj] = moves[k]!;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0) continue;
        const from = at(pi, pj);
        if (from < 0 || best[from] === Infinity) continue;
        const c = cost(pi, pj, k);
        const total = best[from]! + c;
        if (total < bestValue) {
          bestValue = total;
          back[here] = k;
        }
        if (posteriors) softValue = logAdd(softValue, soft[from]! + c);
      }
      best[here] = bestValue;
      soft[here] = softValue;
    }
  }
  const end = at(m, n);
  after[end] = 0;
  for (let i = posteriors ? m : -1; i >= 0; i -= 1) {
    for (let j = hi[i]!; j >= lo[i]!; j -= 1) {
      if (i === m && j === n) continue;
      const here = at(i, j);
      let value = Infinity;
      for (let k = 0; k < moves.length; k += 1) {
        const [di, dj] = moves[k]!;
        const to = i + di > m || j + dj > n ? -1 : at(i + di, j + dj);
        if (to < 0 || after[to] === Infinity) continue;
        value = logAdd(value, cost(i, j, k) + after[to]!);
      }
      after[here] = value;
    }
  }
  const total = soft[end]!;
  const beads: Bead[] = [];
  let touchedEdge = false;
  for (let i = m, j = n; i > 0 || j > 0;) {
    const here = at(i, j);
    const k = back[here]!;
    if (k < 0) throw new Error(`aligner: no path to (${i}, ${j})`);
    const [di, dj] = moves[k]!;
    const pi = i - di;
    const pj = j - dj;
    if ((j === lo[i] && lo[i]! > 0) || (j === hi[i] && hi[i]! < n)) touchedEdge = true;
    const c = cost(pi, pj, k);
    const confidence = posteriors
      ? Math.min(1, Math.exp(-(soft[at(pi, pj)]! + c + after[here]! - total)))
      : 0;
    beads.unshift({
      en: Array.from({ length: di }, (_, x) => pi + x),
      zh: Array.from({ length: dj }, (_, x) => pj + x),
      confidence,
      cost: c,
    });
    i = pi;
    j = pj;
  }
  return { beads, touchedEdge };
}

/** The sentences of one paragraph pair and their alignment. */
export interface SentenceAlignment {
  /** Each side's sentences, on one line: the units the beads' indexes point into. */
  english: string[];
  chinese: string[];
  /** Where each sentence is in the text as given (UTF-16 offsets), for highlighting it on the page. */
  ranges: { en: SentenceRange[]; zh: SentenceRange[] };
  alignment: Alignment;
}

/**
 * Aligns the sentences inside one paragraph pair with the same aligner as paragraphs (a pair has a
 * handful of sentences, so the search covers every path). Sentences come from lib/text, the app's
 * one sentence splitter; the learning layer's sentence map is built from this.
 */
export function alignSentences(
  en: string,
  zh: string,
  options: AlignOptions = {},
): SentenceAlignment {
  const ranges = { en: englishSentenceRanges(en), zh: chineseSentenceRanges(zh) };
  const english = ranges.en.map(({ start, end }) => collapse(en.slice(start, end)));
  const chinese = ranges.zh.map(({ start, end }) => collapse(zh.slice(start, end)));
  return { english, chinese, ranges, alignment: alignParagraphs(english, chinese, options) };
}

export const isPaired = (bead: Bead) => bead.en.length > 0 && bead.zh.length > 0;

/** The paragraph pairs of an alignment: merged English joined with a space, Chinese directly. */
export function beadsToPairs(
  english: string[],
  chinese: string[],
  beads: Bead[],
): { en: string; zh: string }[] {
  return beads.filter(isPaired).map((bead) => ({
    en: bead.en.map((index) => english[index]!).join(" "),
    zh: bead.zh.map((index) => chinese[index]!).join(""),
  }));
}

export const LOW_CONFIDENCE = 0.6;

/** The alignment as printed by the CLI: one line per bead, then the beads to check. */
export function describeAlignment(
  english: string[],
  chinese: string[],
  alignment: Alignment,
): string[] {
  const short = (text: string, max: number) =>
    text.length <= max ? text : `${text.slice(0, max - 1)}…`;
  const name = (prefix: string, indexes: number[]) =>
    indexes.map((index) => `${prefix}${index + 1}`).join("+") || "-";
  const lines = [`length ratio: ${alignment.ratio.toFixed(3)} Han characters per English letter`];
  alignment.beads.forEach((bead, index) => {
    const shape = `${bead.en.length}-${bead.zh.length}`;
    const en = bead.en.map((i) => english[i]!).join(" ");
    const zh = bead.zh.map((i) => chinese[i]!).join("");
    lines.push(
      `${String(index + 1).padStart(3)}. [${shape}] ${name("en", bead.en)} ↔ ${name("zh", bead.zh)}  confidence ${bead.confidence.toFixed(2)}  ${short(en, 40) || "(none)"} | ${short(zh, 20) || "(none)"}`,
    );
  });
  const unpaired = alignment.beads.filter((bead) => !isPaired(bead));
  if (unpaired.length > 0) {
    lines.push(
      `no counterpart (left out of the article): ${unpaired.map((bead) => (bead.en.length > 0 ? name("en", bead.en) : name("zh", bead.zh))).join(", ")}`,
    );
  }
  const low = alignment.beads.filter((bead) => bead.confidence < LOW_CONFIDENCE);
  lines.push(
    low.length === 0
      ? `all beads have confidence ≥ ${LOW_CONFIDENCE}`
      : `low-confidence beads (check them): ${low.map((bead) => `${name("en", bead.en)} ↔ ${name("zh", bead.zh)} (${bead.confidence.toFixed(2)})`).join(", ")}`,
  );
  return lines;
}
