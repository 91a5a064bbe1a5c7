/** Anchors: things a translation keeps, so they tie an English paragraph to its Chinese. */

const SCALE_EN: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const SCALE_ZH: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

function key(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** Numbers in English text, normalized: "23,000" and "23 thousand" are both 23000. */
export function englishNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.matchAll(
    /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?/gi,
  )) {
    const value =
      Number(match[1]!.replace(/,/g, "")) * (match[2] ? SCALE_EN[match[2].toLowerCase()]! : 1);
    if (Number.isFinite(value)) out.add(key(value));
  }
  return out;
}

/** Numbers in Chinese text, normalized: "2.3万", "23,000" and "23000" are all 23000. */
export function chineseNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.matchAll(
    /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(万亿|万|亿|千)?/g,
  )) {
    let value = Number(match[1]!.replace(/,/g, ""));
    for (const char of match[2] ?? "") value *= SCALE_ZH[char] ?? 1;
    if (Number.isFinite(value)) out.add(key(value));
  }
  return out;
}

/** Latin-script words in Chinese text (names, acronyms, codes such as K7215), lowercased. */
export function latinInChinese(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9]|[A-Za-z]{2,}/g)].map((match) =>
      match[0].toLowerCase(),
    ),
  );
}

export function hasQuotes(text: string, language: "en" | "zh"): boolean {
  return language === "en" ? /["“”]/.test(text) : /[“”「」『』"]/.test(text);
}

export interface AnchorScore {
  /** Positive: evidence the two sides belong together; negative: evidence against. */
  score: number;
  matched: number;
  unmatched: number;
}

const MATCH_BONUS = 1.5;
const MISS_PENALTY = 0.8;
const QUOTE_BONUS = 0.8;
const QUOTE_PENALTY = 0.6;

/** Anchor evidence for pairing `en` with `zh` (either may be empty, for 1–0 and 0–1 beads). */
export function anchorScore(en: string, zh: string): AnchorScore {
  const enNumbers = englishNumbers(en);
  const zhNumbers = chineseNumbers(zh);
  let matched = 0;
  let unmatched = 0;
  for (const number of enNumbers) if (zhNumbers.has(number)) matched += 1;
  unmatched += enNumbers.size - matched + (zhNumbers.size - matched);
  const lowerEn = en.toLowerCase();
  for (const word of latinInChinese(zh)) {
    if (new RegExp(`(?<![a-z0-9])${word.replace(/[.\-]/g, "\\$&")}(?![a-z0-9])`).test(lowerEn))
      matched += 1;
    else unmatched += 1;
  }
  let score = MATCH_BONUS * matched - MISS_PENALTY * unmatched;
  if (en !== "" && zh !== "") {
    const quotesEn = hasQuotes(en, "en");
    const quotesZh = hasQuotes(zh, "zh");
    if (quotesEn && quotesZh) score += QUOTE_BONUS;
    else if (quotesEn !== quotesZh) score -= QUOTE_PENALTY;
  }
  return { score, matched, unmatched };
}
