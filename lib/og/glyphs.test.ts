import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/errors";
import { cardGlyphProblems } from "./glyphs";

describe("cardGlyphProblems", () => {
  it("passes text the card fonts draw, in English, Simplified and Traditional", () => {
    expect(cardGlyphProblems("a.md", "title:\n  en: Night trains\n  zh: 夜班列车，网络\n")).toEqual(
      [],
    );
  });

  it("names the line of a character no card font has", () => {
    const problems = cardGlyphProblems("content/articles/a.md", "---\ntitle:\n  en: Sun 𓇳 rises\n");
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/a.md:3: no share-card font has "𓇳" (U+131F3): replace it',
    ]);
  });
});
