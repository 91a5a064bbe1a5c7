/**
 * How common a Chinese word is: the counts in jieba's dictionary (the `dict.txt` that `@node-rs/jieba`
 * ships, MIT licence, ~349,000 words), which CC-CEDICT does not record. Used to rank the English → Chinese
 * reverse index and to split words CC-CEDICT lacks. Build time only; read once, memoised.
 */
import fs from "node:fs";
import { packageFile } from "./package-file";

let counts: Map<string, number> | undefined;
let tags: Map<string, string> | undefined;

/** jieba's count for a word (0 when it has none): 的 ≈ 318,825, 银行 ≈ 8,300, 图书馆 ≈ 2,600. */
export function wordFrequency(word: string): number {
  return frequencies().get(word) ?? 0;
}

/** jieba's part-of-speech tag for a word ("n" noun, "v" verb, "r" pronoun, "ul" 了…), "" when unknown. */
export function wordTag(word: string): string {
  frequencies();
  return tags!.get(word) ?? "";
}

/** The whole table, for segmentation. */
export function frequencies(): Map<string, number> {
  if (counts) return counts;
  counts = new Map();
  tags = new Map();
  for (const line of fs.readFileSync(jiebaDictFile(), "utf8").split("\n")) {
    const [word, count, tag] = line.split(" ");
    if (!word || !count) continue;
    counts.set(word, Number(count));
    if (tag) tags.set(word, tag);
  }
  return counts;
}

/** The text of jieba's dictionary, for building a segmenter over it. */
export function jiebaDictFile(): string {
  return packageFile("@node-rs/jieba", "dict.txt");
}
