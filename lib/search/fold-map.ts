import * as OpenCC from "opencc-js";
import type { FoldMap } from "./terms";

/**
 * The Traditional → Simplified map the search folds with, for the characters a library uses: every
 * Traditional form OpenCC gives a Simplified character of the text (Taiwan, Hong Kong and generic), plus
 * the characters the Taiwan-phrase conversion puts in (头发 → 頭髮). Character by character and
 * one-to-one, so folding keeps offsets; a phrase whose Taiwan wording differs (网络 → 網路) is handled
 * by indexing the Taiwan text too (docs/search.md).
 */
export function foldMapFor(
  simplified: Iterable<string>,
  pairs: Iterable<[string, string]>,
): FoldMap {
  const toT = ["t", "tw", "hk", "twp"].map((to) => OpenCC.Converter({ from: "cn", to: to as "t" }));
  const back = OpenCC.Converter({ from: "t", to: "cn" });
  const map: FoldMap = {};
  const add = (traditional: string, target?: string) => {
    if (traditional.length !== 1 || map[traditional] !== undefined) return;
    const s = target ?? back(traditional);
    if (s.length === 1 && s !== traditional) map[traditional] = s;
  };
  for (const char of simplified) {
    if (char.length !== 1) continue;
    for (const convert of toT) add(convert(char), char);
  }
  // Phrase conversions: 头发 → 頭髮 puts 髮 where 发 was; fold it back to what the text has.
  for (const [s, t] of pairs) {
    if (s.length !== t.length) continue;
    for (let i = 0; i < s.length; i++) if (s[i] !== t[i]) add(t[i]!, s[i]!);
  }
  return map;
}
