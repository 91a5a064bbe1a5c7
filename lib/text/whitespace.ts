/** Whitespace rules shared by the content writer, the editor tools and the share cards. */

/** One line: every run of whitespace (newlines included) becomes one space; ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

const CJK = "\\p{Script=Han}，。、：；！？（）《》「」—…";
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, "gu");

/**
 * One line of page text: as `oneLine`, and no space left between two Chinese characters, since a
 * line break in Chinese HTML source is not a word break.
 */
export function collapse(text: string): string {
  return oneLine(text).replace(SPACE_BETWEEN_CJK, "$1");
}

/** Lines of one paragraph joined: a line break and the spaces around it become one space (Markdown's soft break). */
export function joinLines(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}

/** The text without any whitespace: its length counts letters and marks only. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/gu, "");
}

/** A short, one-line form of a block for reports. */
export function shorten(text: string, max = 70): string {
  const one = collapse(text);
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

/** Paragraphs of a plain-text file: split on blank lines, lines within a paragraph joined. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map(collapse)
    .filter((paragraph) => paragraph !== "");
}
