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

const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};

/** Numbers in English text, normalized: "23,000" and "23 thousand" are both 23000; "three" is 3. */
export function englishNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.matchAll(
    /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?/gi,
  )) {
    const value =
      Number(match[1]!.replace(/,/g, "")) * (match[2] ? SCALE_EN[match[2].toLowerCase()]! : 1);
    if (Number.isFinite(value)) out.add(key(value));
  }
  for (const match of text
    .toLowerCase()
    .matchAll(
      /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen)\b(?:\s+(thousand|million|billion))?/g,
    )) {
    out.add(key(WORD_NUMBERS[match[1]!]! * (match[2] ? SCALE_EN[match[2]]! : 1)));
  }
  for (const match of text.matchAll(MONTH)) {
    const name = (match[1] ?? match[2]!).toLowerCase();
    out.add(key(MONTHS.indexOf(name) + 1));
  }
  return out;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** A month by name ("from June" is 6月 in Chinese); "May" only where it cannot be the verb. */
const MONTH =
  /\b(January|February|March|April|June|July|August|September|October|November|December)\b|(?<=\b(?:in|of|since|from|until|by|early|late|mid-|last|next|this)\s?)(May)\b/g;

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese numeral such as 三百二十, 一万五千, 十二 or 两亿, or NaN. */
export function chineseNumeralValue(numeral: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const char of numeral) {
    if (char in DIGIT) digit = DIGIT[char]!;
    else if (char in UNIT) {
      section += (digit === -1 ? 1 : digit) * UNIT[char]!;
      digit = -1;
    } else if (char === "万" || char === "亿") {
      section += digit === -1 ? 0 : digit;
      total += (section === 0 ? 1 : section) * (char === "万" ? 1e4 : 1e8);
      section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + (digit === -1 ? 0 : digit);
}

/**
 * Chinese numerals worth an anchor: two or more numeral characters (三百, 十二, 两千), or one of
 * 三 to 十 before a measure word (三声, 五名). A lone 一 or 两 is too common ("一些", "两边").
 */
const CHINESE_NUMERAL =
  /[零〇一二两三四五六七八九十百千万亿]{2,}|[三四五六七八九十](?=[个名位次年天岁家所座条只辆本场声户人元米倍口间])/gu;

/** Numbers in Chinese text, normalized: "2.3万", "23,000", "23000" and "两万三千" are all 23000. */
export function chineseNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.matchAll(
    /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(万亿|万|亿|千)?/g,
  )) {
    let value = Number(match[1]!.replace(/,/g, ""));
    for (const char of match[2] ?? "") value *= SCALE_ZH[char] ?? 1;
    if (Number.isFinite(value)) out.add(key(value));
  }
  for (const match of text
    .replace(/第[零〇一二两三四五六七八九十百千]+/gu, "")
    .matchAll(CHINESE_NUMERAL)) {
    const value = chineseNumeralValue(match[0]);
    if (Number.isFinite(value) && value > 1) out.add(key(value));
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
