import { hanCount, latinCount } from "@/lib/text";
import type { ContentProblem } from "./errors";
import { plainText } from "./markdown";
import type { Article } from "./types";

/** How far (as a factor) a pair's ratio may stray from the article's median before it is flagged. */
export const RATIO_TOLERANCE = 1.8;

/** Han characters per English letter for one pair, or undefined when the English has no letters. */
export function pairRatio(en: string, zh: string): number | undefined {
  const letters = latinCount(en);
  if (letters === 0) return undefined;
  return hanCount(zh) / letters;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Warnings for pairs whose Chinese is much longer or shorter than the article's norm (a sign of a
 * missing or extra sentence, or a misaligned pair): ratio beyond RATIO_TOLERANCE× the median, or below 1/RATIO_TOLERANCE×.
 */
export function ratioWarnings(article: Article, path: string): ContentProblem[] {
  const ratios = article.pairs.map((pair) => ({
    pair,
    ratio: pairRatio(plainText(pair.en), plainText(pair.zh)),
  }));
  const known = ratios.flatMap(({ ratio }) => (ratio === undefined ? [] : [ratio]));
  if (known.length < 3) return [];
  const norm = median(known);
  if (norm <= 0) return [];
  const warnings: ContentProblem[] = [];
  for (const { pair, ratio } of ratios) {
    if (ratio === undefined) continue;
    const longer = ratio > norm * RATIO_TOLERANCE;
    const shorter = ratio < norm / RATIO_TOLERANCE;
    if (!longer && !shorter) continue;
    warnings.push({
      path,
      line: pair.line ?? 1,
      message: `warning: pair ${pair.n} is much ${longer ? "longer" : "shorter"} in Chinese than the article's norm (ratio ${ratio.toFixed(2)} vs median ${norm.toFixed(2)})`,
    });
  }
  return warnings;
}
