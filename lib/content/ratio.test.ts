import { describe, expect, it } from "vitest";
import { formatProblem } from "./errors";
import { parseArticle } from "./parse";
import { median, pairRatio, ratioWarnings } from "./ratio";
import { writeArticleMarkdown } from "./write";

const article = (pairs: { en: string; zh: string }[]) => {
  const markdown = writeArticleMarkdown({
    title: { en: "T", zh: "标题" },
    summary: { en: "S.", zh: "摘要。" },
    section: "china",
    date: "2026-01-01",
    pairs,
  });
  const result = parseArticle("content/articles/sample.md", markdown);
  expect(result.problems).toEqual([]);
  return result.article!;
};

// Each normal pair: 20 English letters, 7 Han characters (ratio 0.35).
const normal = { en: "Abcde fghij klmno pqrst.", zh: "一二三四五六七。" };

describe("ratioWarnings", () => {
  it("flags a pair much longer or shorter in Chinese, with its line", () => {
    const a = article([
      normal,
      normal,
      { en: "Abcde fghij klmno pqrst.", zh: "一二三四五六七八九十一二三四五六七八九十。" },
      normal,
      { en: "Abcde fghij klmno pqrst.", zh: "一二。" },
      normal,
    ]);
    const warnings = ratioWarnings(a, "content/articles/sample.md").map(formatProblem);
    expect(warnings).toEqual([
      "content/articles/sample.md:20: warning: pair 3 is much longer in Chinese than the article's norm (ratio 1.00 vs median 0.35)",
      "content/articles/sample.md:28: warning: pair 5 is much shorter in Chinese than the article's norm (ratio 0.10 vs median 0.35)",
    ]);
  });

  it("stays quiet for pairs within 1.8× of the median and for short articles", () => {
    const within = { en: "Abcde fghij klmno pqrst.", zh: "一二三四五六七八九十一二。" }; // 0.6 < 0.35 × 1.8
    expect(ratioWarnings(article([normal, within, normal, normal]), "x.md")).toEqual([]);
    expect(
      ratioWarnings(article([normal, { en: "Abc.", zh: "一二三四五六七八九十。" }]), "x.md"),
    ).toEqual([]);
  });

  it("computes ratios and medians", () => {
    expect(pairRatio("Ab cd", "一二")).toBe(0.5);
    expect(pairRatio("2026", "二〇二六")).toBeUndefined();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
