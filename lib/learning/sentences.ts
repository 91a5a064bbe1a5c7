/**
 * Sentences of a paragraph, as ranges of its text (UTF-16 offsets, so that the browser can find them in
 * the page's text nodes). English: ., ! or ? then closing quotes or brackets, then a space and a new
 * sentence's start; not after abbreviations (Mr., U.S., e.g., Jan.) or initials, and never inside a
 * number (2.8). Chinese: 。！？ and ……, with the closing quotes and brackets after them. Neither
 * language ends a sentence inside quotation marks unless the quotation ends with it.
 */

/** A sentence: `text.slice(start, end)`; trailing spaces belong to no sentence. */
export interface SentenceRange {
  start: number;
  end: number;
}

const CLOSERS = "\"'”’」』）)]》〉";
const OPENERS_EN = "“‘(";
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sr jr st mt ft vs etc inc ltd co corp dept univ gov gen col lt sgt capt rev " +
    "no nos vol pp fig approx est jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun " +
    "a.m p.m e.g i.e u.s u.k u.n u.s.a d.c"
  ).split(" "),
);
/** Abbreviations that may end a sentence when a capital follows ("… and pears etc. Then"). */
const MAY_END = new Set([
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "a.m",
  "p.m",
  "u.s",
  "u.k",
  "u.n",
  "d.c",
]);

export function englishSentences(text: string): SentenceRange[] {
  const ends: number[] = [];
  let depth = 0;
  let straightOpen = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (OPENERS_EN.includes(char)) depth += 1;
    else if ("”’)".includes(char) && depth > 0) depth -= 1;
    else if (char === '"') straightOpen = !straightOpen;
    if (!".!?".includes(char)) continue;
    let end = i + 1;
    while (end < text.length && ".!?".includes(text[end]!)) end += 1;
    // Closing quotes and brackets after the stop belong to this sentence.
    let closes = 0;
    while (end < text.length && CLOSERS.includes(text[end]!)) {
      if (text[end] === '"') straightOpen = false;
      else if (depth > 0) depth -= 1;
      end += 1;
      closes += 1;
    }
    const rest = text.slice(end);
    if (!/^\s/.test(rest) && rest !== "") continue; // 2.8, U.S.A, "word."word
    if (closes === 0 && (depth > 0 || straightOpen)) continue;
    const next = rest.trimStart()[0];
    if (next === undefined) continue;
    if (char === ".") {
      const word = /([\p{L}.]+)\.$/u.exec(text.slice(0, i + 1))?.[1]?.toLowerCase() ?? "";
      const startsSentence = /[\p{Lu}\d"“‘(]/u.test(next);
      if (!startsSentence) continue;
      if (ABBREVIATIONS.has(word) && !MAY_END.has(word)) continue;
      if (/^\p{L}$/u.test(word)) continue; // an initial: J. K. Rowling
    }
    ends.push(end);
    i = end - 1;
  }
  return rangesFromEnds(text, ends);
}

export function chineseSentences(text: string): SentenceRange[] {
  const ends: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if ("“‘「『（(《".includes(char)) depth += 1;
    else if ("”’」』）)》".includes(char) && depth > 0) depth -= 1;
    if (!"。！？!?…".includes(char)) continue;
    let end = i + 1;
    while (end < text.length && "。！？!?…".includes(text[end]!)) end += 1;
    let closes = 0;
    while (end < text.length && CLOSERS.includes(text[end]!)) {
      if (depth > 0) depth -= 1;
      end += 1;
      closes += 1;
    }
    if (char === "…" && end - i < 2) continue; // a lone … is an ellipsis, …… may end
    if (closes === 0 && depth > 0) continue;
    if (end >= text.trimEnd().length) continue;
    ends.push(end);
    i = end - 1;
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
