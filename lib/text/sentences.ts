import { collapse } from "./whitespace";

/**
 * Words that end with a full stop without ending the sentence. Single capitals ("J. K.",
 * "U.S.") are handled apart; decimals never have a space after the point.
 */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "vs",
  "v",
  "etc",
  "e.g",
  "i.e",
  "no",
  "nos",
  "gen",
  "gov",
  "sen",
  "rep",
  "rev",
  "capt",
  "col",
  "lt",
  "sgt",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "est",
  "approx",
  "fig",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "a.m",
  "p.m",
]);

/** Whether the text before a full stop ends in an abbreviation or an initial, not a sentence. */
function endsInAbbreviation(before: string): boolean {
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1] ?? "";
  if (word === "") return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "J", "U.S", "U.K".
  return /^(?:[A-Z]\.)*[A-Z]$/.test(word);
}

/**
 * English sentences: a break after . ! or ? (and any closing quote or bracket) when a space and a
 * capital, digit or opening quote follow, except after "Mr.", "vs.", "U.S." and the like.
 */
export function splitEnglishSentences(text: string): string[] {
  const line = collapse(text);
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?]+["”’')\]]*(?=\s+["“‘'(]?[A-Z0-9])/g;
  for (const match of line.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && match[0].length === 1) {
      if (endsInAbbreviation(line.slice(start, match.index))) continue;
    }
    sentences.push(line.slice(start, end).trim());
    start = end;
  }
  const rest = line.slice(start).trim();
  if (rest !== "") sentences.push(rest);
  return sentences;
}

/** Chinese sentences: a break after 。！？ (or ! ?) and any closing quote or bracket. */
export function splitChineseSentences(text: string): string[] {
  const line = collapse(text);
  return (line.match(/[^。！？!?]+(?:[。！？!?]+[”’」』）)]*|$)/gu) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
}

export const firstEnglishSentence = (text: string): string =>
  splitEnglishSentences(text)[0] ?? collapse(text);

export const firstChineseSentence = (text: string): string =>
  splitChineseSentences(text)[0] ?? collapse(text);
