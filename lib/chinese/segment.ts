/**
 * Chinese text → words, at build time. jieba (`@node-rs/jieba`, its own dictionary, no HMM guessing)
 * finds the boundaries; a word it returns that CC-CEDICT lacks (检察机关, 一座, 银行行长) is split again into
 * CC-CEDICT words, choosing the split whose words jieba counts as most common, so every word a reader can
 * tap has a dictionary entry or is a single character. Measured against Intl.Segmenter in docs/learning.md.
 */
import { Jieba } from "@node-rs/jieba";
import fs from "node:fs";
import { isHanWord } from "@/lib/text";
import { isWord } from "./dictionary";
import { jiebaDictFile, wordFrequency, wordTag } from "./frequency";

let jieba: Jieba | undefined;

/**
 * Splits text into tokens that together are exactly the text, in order: Chinese words, and runs of
 * anything else (punctuation, digits, Latin letters, spaces) as jieba leaves them.
 */
export function segmentChinese(text: string): string[] {
  if (text === "") return [];
  jieba ??= Jieba.withDict(fs.readFileSync(jiebaDictFile()));
  const tokens: string[] = [];
  for (const token of jieba.cut(text, false)) {
    if (isHanWord(token) && [...token].length > 1 && !isWord(token))
      tokens.push(...splitIntoDictionaryWords(token));
    else tokens.push(token);
  }
  return splitVerbBeforeObject(tokens);
}

/**
 * 种种子 is 种 种子 "sow seeds", not 种种 子: a doubled character (jieba's 种种 "all kinds") before a
 * character that makes a noun with it (种子) is a verb and its object.
 */
function splitVerbBeforeObject(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1] ?? "";
    const [a, b, ...rest] = [...token];
    const object = b + next;
    if (
      a &&
      a === b &&
      rest.length === 0 &&
      isHanWord(next) &&
      [...next].length === 1 &&
      isWord(object) &&
      wordTag(object).startsWith("n")
    ) {
      out.push(a, object);
      i += 1;
    } else out.push(token);
  }
  return out;
}

/**
 * The split of a run of Han characters into CC-CEDICT words (or single characters) with the highest
 * product of word probabilities, jieba-style: 检察机关 → 检察 机关, 银行行长 → 银行 行长.
 */
export function splitIntoDictionaryWords(run: string): string[] {
  const chars = [...run];
  const n = chars.length;
  // best[i]: score and start of the last word of the best split of chars[0..i).
  const best: { score: number; from: number }[] = [{ score: 0, from: 0 }];
  for (let end = 1; end <= n; end++) {
    let top = { score: -Infinity, from: end - 1 };
    for (let start = Math.max(0, end - 8); start < end; start++) {
      const word = chars.slice(start, end).join("");
      const single = end - start === 1;
      if (!single && !isWord(word)) continue;
      // Unseen words count as seen once; a split into more words pays for each word.
      const score = best[start]!.score + Math.log(1 + wordFrequency(word)) - LOG_TOTAL;
      if (score > top.score) top = { score, from: start };
    }
    best.push(top);
  }
  const words: string[] = [];
  for (let end = n; end > 0; end = best[end]!.from)
    words.unshift(chars.slice(best[end]!.from, end).join(""));
  return words;
}

/** log of jieba's total count (about 60 million): the cost of one more word in a split. */
const LOG_TOTAL = Math.log(60_000_000);
