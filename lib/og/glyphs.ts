import { toTraditional } from "@/lib/chinese/convert";
import type { ContentProblem } from "@/lib/content/errors";
import { hasHan } from "@/lib/text";
import { missingGlyphs } from "./fonts";

/**
 * Every character of a content file that no share-card font can draw, as `path:line` problems, in
 * the stored text and in its Traditional conversion (the zh-Hant cards). Checked by check-content
 * before the build, so such a character stops the build instead of making its card answer 500.
 * The whole file is read: what is not drawn today (a tag, the author) may be drawn tomorrow.
 */
export function cardGlyphProblems(file: string, source: string): ContentProblem[] {
  return source.split("\n").flatMap((text, index) => {
    const stored = missingGlyphs(text);
    const converted = hasHan(text)
      ? missingGlyphs(toTraditional(text)).filter((char) => !stored.includes(char))
      : [];
    return [
      ...stored.map((char) => glyphProblem(file, index + 1, char, "")),
      ...converted.map((char) => glyphProblem(file, index + 1, char, " in its Traditional form")),
    ];
  });
}

function glyphProblem(path: string, line: number, char: string, where: string): ContentProblem {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return { path, line, message: `no share-card font has "${char}" (${code})${where}: replace it` };
}
