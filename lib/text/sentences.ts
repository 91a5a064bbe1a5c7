import { collapse } from "./whitespace";

/**
 * Sentence boundaries in English and Chinese, for the whole app: the editor tools (summaries, titles,
 * sentence alignment) and the learning layer (sentence highlighting, read-aloud). The core functions
 * return ranges of the text as given (UTF-16 offsets), so the browser can find each sentence in the
 * page's text nodes; the `split…` functions return the sentences of the text on one line.
 *
 * English: a break after . ! or ? and any closing quote or bracket, when a space and a sentence's
 * start follow (a capital, a digit or an opening quote); not inside a number (2.8), not after "Mr.",
 * "vs.", "Jan." or an initial ("J. K. Rowling"); after "U.S.", "Inc." or "a.m." only when what
 * follows opens a sentence (see ENDS_BEFORE_OPENING_WORD). Chinese: after 。！？ and ……,
 * with the closing quotes and brackets after them. Neither language breaks inside a quotation
 * unless the quotation ends with the stop; a paragraph whose quotation marks do not pair up (news
 * style leaves a quotation that runs on into the next paragraph open) is split as if it had none.
 */

/** A sentence: `text.slice(start, end)`; the spaces between sentences belong to none. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** Abbreviations written with a capital: titles, ranks, months and weekdays. */
const CAPITALISED = new Set(
  (
    "mr mrs ms dr prof sr jr st mt ft gen gov sen rep rev capt col lt sgt dept univ " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
  ).split(" "),
);
/** Abbreviations in any case. */
const ANY_CASE = new Set(["vs", "v", "e.g", "i.e", "approx", "cf"]);
/** Abbreviations that stand before a number ("No. 5", "Vol. 2", "est. 1990"): else a word. */
const BEFORE_NUMBER = new Set(["no", "nos", "vol", "pp", "p", "fig", "est", "art"]);
/**
 * Abbreviations that may also end a sentence. After "etc." a capital opens a sentence; after "a.m."
 * too, unless it is a day, a month or a time zone ("9 a.m. Sunday"); after a company form or dotted
 * capitals only a word that opens sentences does, since "Apple Inc. Chief" and "U.S. Embassy" go on.
 */
const ENDS_BEFORE_CAPITAL = new Set(["etc"]);
const ENDS_BEFORE_CAPITAL_BUT_DATE = new Set(["a.m", "p.m"]);
const ENDS_BEFORE_OPENING_WORD = new Set(["inc", "ltd", "co", "corp"]);
const DATE_WORDS = new RegExp(
  "^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun|January|February|" +
    "March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|" +
    "Aug|Sept?|Oct|Nov|Dec|[A-Z]{1,2}[SD]?T|GMT|UTC)$",
);
const OPENING_WORDS = new Set(
  (
    "The A An This That These Those There Here It Its He She They We I You His Her Their Our My " +
    "But And So Yet Then Now Today Yesterday Meanwhile However Still Also In On At After Before When " +
    "While If As For With From By Some Many Most All Both Each Other Such What Why How Who Since " +
    "Although Even Only More No Not According Last Next One"
  ).split(" "),
);

const STOPS_EN = ".!?";
const STOPS_ZH = "。！？!?…";
const CLOSERS = "\"'”’」』）)]》〉";
const OPENERS = "“‘「『（(《〈";

/** Whether the quotation marks and brackets of a text pair up, so that its nesting can be trusted. */
function balanced(text: string): boolean {
  const count = (chars: string) => [...text].filter((char) => chars.includes(char)).length;
  return (
    count("“") === count("”") &&
    // ’ is also the apostrophe, so only a ‘ with no ’ left to close it is unpaired.
    count("‘") <= count("’") &&
    count("「") === count("」") &&
    count("『") === count("』") &&
    count("（(") === count("）)") &&
    count('"') % 2 === 0
  );
}

/** ’ between two letters is an apostrophe (China’s), not a closing quote. */
const isApostrophe = (text: string, i: number) =>
  text[i] === "’" && /\p{L}/u.test(text[i - 1] ?? "") && /\p{L}/u.test(text[i + 1] ?? "");

/** Whether the word before a full stop at `dot` is an abbreviation that does not end the sentence. */
function abbreviationGoesOn(text: string, dot: number, next: string): boolean {
  const written = /([\p{L}][\p{L}.]*)$/u.exec(text.slice(0, dot))?.[1] ?? "";
  if (written === "") return false;
  const word = written.toLowerCase();
  const nextWord = /^[\p{L}]+/u.exec(next)?.[0] ?? "";
  const capital = /^\p{Lu}/u.test(nextWord);
  const opensSentence = OPENING_WORDS.has(nextWord);
  if (ENDS_BEFORE_CAPITAL.has(word)) return !capital;
  if (ENDS_BEFORE_CAPITAL_BUT_DATE.has(word)) return !capital || DATE_WORDS.test(nextWord);
  if (ENDS_BEFORE_OPENING_WORD.has(word)) return !opensSentence;
  if (ANY_CASE.has(word)) return true;
  if (CAPITALISED.has(word) && /^\p{Lu}/u.test(written)) return true;
  if (BEFORE_NUMBER.has(word)) return /^\d/.test(next);
  if (/^\p{Lu}$/u.test(written)) return true; // an initial: J. K. Rowling
  // Dotted capitals (U.S, U.K, D.C): an abbreviation, unless a sentence opens after it.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(written)) return !opensSentence;
  return false;
}

/** English sentences of a paragraph, as ranges of its text. */
export function englishSentenceRanges(text: string): SentenceRange[] {
  const nested = balanced(text);
  const ends: number[] = [];
  let depth = 0;
  let straightOpen = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (OPENERS.includes(char)) depth += 1;
    else if ("”’)）".includes(char) && depth > 0 && !isApostrophe(text, i)) depth -= 1;
    else if (char === '"') straightOpen = !straightOpen;
    if (!STOPS_EN.includes(char)) continue;
    let end = i + 1;
    while (end < text.length && STOPS_EN.includes(text[end]!)) end += 1;
    // Closing quotes and brackets after the stop belong to this sentence.
    let closes = 0;
    while (end < text.length && CLOSERS.includes(text[end]!)) {
      if (text[end] === '"') straightOpen = false;
      else if (depth > 0) depth -= 1;
      end += 1;
      closes += 1;
    }
    const lone = end - closes - i === 1;
    const stop = i;
    i = end - 1;
    const rest = text.slice(end);
    if (!/^\s/u.test(rest)) continue; // the text's end, 2.8, U.S.A, "word."word
    if (nested && closes === 0 && (depth > 0 || straightOpen)) continue;
    const next = rest.trimStart();
    if (!/^[\p{Lu}\d"“‘'(]/u.test(next)) continue;
    if (char === "." && lone && abbreviationGoesOn(text, stop, next)) continue;
    ends.push(end);
  }
  return rangesFromEnds(text, ends);
}

/** Chinese sentences of a paragraph, as ranges of its text. */
export function chineseSentenceRanges(text: string): SentenceRange[] {
  const nested = balanced(text);
  const ends: number[] = [];
  const last = text.trimEnd().length;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (OPENERS.includes(char)) depth += 1;
    else if ("”’」』）)》〉".includes(char) && depth > 0) depth -= 1;
    if (!STOPS_ZH.includes(char)) continue;
    let end = i + 1;
    while (end < text.length && STOPS_ZH.includes(text[end]!)) end += 1;
    let closes = 0;
    while (end < text.length && CLOSERS.includes(text[end]!)) {
      if (depth > 0) depth -= 1;
      end += 1;
      closes += 1;
    }
    const stops = end - closes - i;
    i = end - 1;
    if (char === "…" && stops < 2) continue; // a lone … is an ellipsis, …… may end
    if (nested && closes === 0 && depth > 0) continue;
    if (end >= last) continue;
    ends.push(end);
  }
  return rangesFromEnds(text, ends);
}

function rangesFromEnds(text: string, ends: number[]): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  for (const end of [...ends, text.length]) {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (slice.trim() !== "") ranges.push({ start: start + lead, end: end - trail });
    start = end;
  }
  return ranges;
}

const slices = (text: string, ranges: SentenceRange[]) =>
  ranges.map(({ start, end }) => text.slice(start, end));

/** English sentences of a text, on one line. */
export function splitEnglishSentences(text: string): string[] {
  const line = collapse(text);
  return slices(line, englishSentenceRanges(line));
}

/** Chinese sentences of a text, on one line. */
export function splitChineseSentences(text: string): string[] {
  const line = collapse(text);
  return slices(line, chineseSentenceRanges(line));
}

export const firstEnglishSentence = (text: string): string =>
  splitEnglishSentences(text)[0] ?? collapse(text);

export const firstChineseSentence = (text: string): string =>
  splitChineseSentences(text)[0] ?? collapse(text);
