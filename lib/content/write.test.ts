import { describe, expect, it } from "vitest";
import { plainText } from "./markdown";
import { parseArticle } from "./parse";
import { escapeMarkdownText, writeArticleMarkdown } from "./write";

const tricky = [
  {
    en: "# Not a heading <b>bold</b> *star* _under_ [link](http://x.test) `code`",
    zh: "这是一个标题，里面有脚本标签 <b>x</b> 【括号】“引号”",
  },
  {
    en: "1. Not a list, & not &amp; an entity \\ backslash",
    zh: "2. 不是列表 ~删除~ |竖线| ![图](x.png)",
  },
  {
    en: "- dash start\nwith a newline: \"quoted\" and 'single'",
    zh: "- 破折号开头，还有：冒号 # 井号",
  },
  { en: "+ plus > greater", zh: "> 引用开头的中文段落" },
];

describe("writeArticleMarkdown", () => {
  it("writes a file that parses and round-trips every text", () => {
    const markdown = writeArticleMarkdown({
      title: { en: 'Title: with "quotes" # and colon', zh: "标题：带“引号”" },
      summary: { en: "A summary, with - dash.", zh: "摘要。" },
      section: "culture",
      date: "2026-03-08",
      author: "Desk: #1",
      tags: ["a, b", "c"],
      pairs: tricky,
    });
    const result = parseArticle("content/articles/round-trip.md", markdown);
    expect(result.problems).toEqual([]);
    const article = result.article!;
    expect(article.title).toEqual({ en: 'Title: with "quotes" # and colon', zh: "标题：带“引号”" });
    expect(article.author).toBe("Desk: #1");
    expect(article.tags).toEqual(["a, b", "c"]);
    expect(article.pairs).toHaveLength(tricky.length);
    article.pairs.forEach((pair, index) => {
      expect(pair.en).toHaveLength(1);
      expect(pair.en[0]?.type).toBe("text");
      expect(plainText(pair.en)).toBe(tricky[index]!.en.replace(/\s+/g, " "));
      expect(plainText(pair.zh)).toBe(tricky[index]!.zh);
    });
    expect(markdown).not.toMatch(/<b>/);
  });

  it("separates body blocks by exactly one blank line", () => {
    const markdown = writeArticleMarkdown({
      title: { en: "T", zh: "标题" },
      summary: { en: "S.", zh: "摘要。" },
      section: "china",
      date: "2026-01-01",
      pairs: [
        { en: "One.", zh: "一。" },
        { en: "Two.", zh: "二。" },
      ],
    });
    expect(markdown.endsWith("---\n\nOne.\n\n一。\n\nTwo.\n\n二。\n")).toBe(true);
  });

  it("escapes line-start markup", () => {
    expect(escapeMarkdownText("## x")).toBe("\\#\\# x");
    expect(escapeMarkdownText("12. x")).toBe("12\\. x");
    expect(escapeMarkdownText("- x")).toBe("\\- x");
  });
});
