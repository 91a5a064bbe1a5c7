/**
 * How common a Chinese word is: the counts in jieba's dictionary (the `dict.txt` that `@node-rs/jieba`
 * ships, MIT licence, ~349,000 words), which CC-CEDICT does not record. Used to rank the English → Chinese
 * reverse index and to split words CC-CEDICT lacks. Build time only; read once, memoised.
 */
import fs from "node:fs";
import { packageFile } from "./package-file";

let counts: Map<string, number> | undefined;

/** jieba's count for a word (0 when it has none): 的 ≈ 318,825, 银行 ≈ 8,300, 图书馆 ≈ 2,600. */
export function wordFrequency(word: string): number {
  return frequencies().get(word) ?? 0;
}

/** The whole table, for segmentation. */
export function frequencies(): Map<string, number> {
  if (counts) return counts;
  counts = new Map();
  for (const line of fs.readFileSync(jiebaDictFile(), "utf8").split("\n")) {
    const [word, count] = line.split(" ");
    if (word && count) counts.set(word, Number(count));
  }
  return counts;
}

/** The text of jieba's dictionary, for building a segmenter over it. */
export function jiebaDictFile(): string {
  return packageFile("@node-rs/jieba", "dict.txt");
}
