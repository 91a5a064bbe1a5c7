import { hanCount, latinCount } from "@/lib/text";
import { anchorScore } from "./anchors";

/** A bead: `en` English paragraphs aligned with `zh` Chinese paragraphs (indexes into the inputs). */
export interface Bead {
  en: number[];
  zh: number[];
  /** Posterior probability of this bead given both texts (0–1). */
  confidence: number;
  cost: number;
}

export interface Alignment {
  beads: Bead[];
  /** Han characters per English letter, over the two whole texts. */
  ratio: number;
}

const MOVES: [number, number][] = [
  [1, 1],
  [2, 1],
  [1, 2],
  [1, 0],
  [0, 1],
];
/** -ln(prior) of each bead shape, after Gale & Church; 1–0 and 0–1 carry a high extra penalty. */
const PRIOR_COST: Record<string, number> = {
  "1-1": -Math.log(0.89),
  "2-1": -Math.log(0.05),
  "1-2": -Math.log(0.05),
  "1-0": -Math.log(0.005) + 6,
  "0-1": -Math.log(0.005) + 6,
};
/**
 * Gale–Church variance: Chinese length ~ Normal(c·e, e·S2) for e English letters. Measured on the
 * content library, S2 ≈ 0.25 Han characters² per letter; doubled here for less careful translations.
 */
const S2 = 0.5;

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
const ASIDE_UNPAIRED_RELIEF = 6;
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

const logSumExp = (values: number[]) => {
  const finite = values.filter((value) => value !== Infinity);
  if (finite.length === 0) return Infinity;
  const min = Math.min(...finite);
  return min - Math.log(finite.reduce((sum, value) => sum + Math.exp(min - value), 0));
};

/**
 * Gale–Church-style alignment of paragraphs: dynamic programming over beads 1–1, 2–1, 1–2 and
 * (penalized) 1–0 / 0–1. A bead's cost is its shape prior, a length-ratio cost, and minus its
 * anchor score (shared numbers, Latin names in the Chinese, quotations on both sides).
 * Confidence is each chosen bead's posterior, from forward–backward sums over all alignments.
 */
export function alignParagraphs(english: string[], chinese: string[]): Alignment {
  const m = english.length;
  const n = chinese.length;
  const enLengths = english.map(latinCount);
  const zhLengths = chinese.map(hanCount);
  const totalEn = enLengths.reduce((a, b) => a + b, 0);
  const totalZh = zhLengths.reduce((a, b) => a + b, 0);
  const ratio = totalEn > 0 && totalZh > 0 ? totalZh / totalEn : 0.35;

  const costCache = new Map<string, number>();
  const beadCost = (i: number, j: number, di: number, dj: number): number => {
    const cacheKey = `${i},${j},${di},${dj}`;
    const cached = costCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const en = english.slice(i, i + di).join(" ");
    const zh = chinese.slice(j, j + dj).join("");
    let cost = PRIOR_COST[`${di}-${dj}`]!;
    const asides = [...english.slice(i, i + di), ...chinese.slice(j, j + dj)].filter(
      isAside,
    ).length;
    if (di + dj === 1 && asides > 0) cost -= ASIDE_UNPAIRED_RELIEF;
    if (di + dj === 3 && asides > 0) cost += ASIDE_MERGE_PENALTY;
    if (di > 0 && dj > 0) {
      const enLength = enLengths.slice(i, i + di).reduce((a, b) => a + b, 0);
      const zhLength = zhLengths.slice(j, j + dj).reduce((a, b) => a + b, 0);
      cost += lengthCost(enLength, zhLength, ratio);
    }
    cost -= anchorScore(en, zh).score;
    costCache.set(cacheKey, cost);
    return cost;
  };

  const grid = () => Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const best = grid();
  const soft = grid();
  const back: ([number, number] | undefined)[][] = Array.from({ length: m + 1 }, () =>
    new Array(n + 1).fill(undefined),
  );
  best[0]![0] = 0;
  soft[0]![0] = 0;
  for (let i = 0; i <= m; i += 1) {
    for (let j = 0; j <= n; j += 1) {
      if (i === 0 && j === 0) continue;
      const softTerms: number[] = [];
      for (const [di, dj] of MOVES) {
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0) continue;
        const cost = beadCost(pi, pj, di, dj);
        const total = best[pi]![pj]! + cost;
        if (total < best[i]![j]!) {
          best[i]![j] = total;
          back[i]![j] = [di, dj];
        }
        softTerms.push(soft[pi]![pj]! + cost);
      }
      soft[i]![j] = logSumExp(softTerms);
    }
  }
  // Backward soft costs: from (i, j) to the end.
  const after = grid();
  after[m]![n] = 0;
  for (let i = m; i >= 0; i -= 1) {
    for (let j = n; j >= 0; j -= 1) {
      if (i === m && j === n) continue;
      const terms: number[] = [];
      for (const [di, dj] of MOVES) {
        if (i + di > m || j + dj > n) continue;
        terms.push(beadCost(i, j, di, dj) + after[i + di]![j + dj]!);
      }
      after[i]![j] = logSumExp(terms);
    }
  }
  const total = soft[m]![n]!;

  const beads: Bead[] = [];
  for (let i = m, j = n; i > 0 || j > 0;) {
    const [di, dj] = back[i]![j]!;
    const pi = i - di;
    const pj = j - dj;
    const cost = beadCost(pi, pj, di, dj);
    const confidence = Math.min(1, Math.exp(-(soft[pi]![pj]! + cost + after[i]![j]! - total)));
    beads.unshift({
      en: Array.from({ length: di }, (_, k) => pi + k),
      zh: Array.from({ length: dj }, (_, k) => pj + k),
      confidence,
      cost,
    });
    i = pi;
    j = pj;
  }
  return { beads, ratio };
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
      `unpaired (left out of the article): ${unpaired.map((bead) => (bead.en.length > 0 ? name("en", bead.en) : name("zh", bead.zh))).join(", ")}`,
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
