import { describe, expect, it } from "vitest";
import { formatProblem } from "./errors";
import { parseArticle } from "./parse";

const FRONT = `---
title:
  en: Night trains bring tourists back to border towns
  zh: 夜班列车把游客带回边境小城
summary:
  en: One sentence for lists and cards.
  zh: 一句话摘要。
section: china
date: 2026-03-08
author: Sample Desk
tags: [travel, rail]
---
`;

const GOOD_BODY = `
The first English paragraph.

第一段的中文。

## An English subheading

## 中文小标题

The second English paragraph, with *emphasis* and a [link](https://example.com).

第二段的中文，有**强调**。
`;

function problemsOf(source: string, path = "content/articles/sample.md") {
  const result = parseArticle(path, source);
  return result.problems.map(formatProblem);
}

describe("parseArticle: a good file", () => {
  const result = parseArticle("content/articles/night-trains.md", FRONT + GOOD_BODY);

  it("reads the front matter and takes the slug from the file name", () => {
    expect(result.problems).toEqual([]);
    expect(result.article?.slug).toBe("night-trains");
    expect(result.article?.title).toEqual({
      en: "Night trains bring tourists back to border towns",
      zh: "夜班列车把游客带回边境小城",
    });
    expect(result.article?.section).toBe("china");
    expect(result.article?.date).toBe("2026-03-08");
    expect(result.article?.tags).toEqual(["travel", "rail"]);
  });

  it("pairs paragraphs, numbers them from 1, and keeps subheadings apart", () => {
    const body = result.article?.body ?? [];
    expect(body.map((part) => part.type)).toEqual(["pair", "subheading", "pair"]);
    expect(result.article?.pairs.map((pair) => pair.n)).toEqual([1, 2]);
    expect(body[1]).toMatchObject({ type: "subheading", id: "s1", level: 2 });
  });

  it("keeps inline emphasis and safe links as structure", () => {
    const second = result.article?.pairs[1];
    expect(second?.en).toEqual([
      { type: "text", value: "The second English paragraph, with " },
      { type: "emphasis", children: [{ type: "text", value: "emphasis" }] },
      { type: "text", value: " and a " },
      { type: "link", href: "https://example.com", children: [{ type: "text", value: "link" }] },
      { type: "text", value: "." },
    ]);
    expect(second?.zh).toContainEqual({
      type: "strong",
      children: [{ type: "text", value: "强调" }],
    });
  });

  it("treats tags and author as optional", () => {
    const minimal = FRONT.replace("author: Sample Desk\n", "").replace(
      "tags: [travel, rail]\n",
      "",
    );
    const parsed = parseArticle("content/articles/x.md", minimal + GOOD_BODY);
    expect(parsed.problems).toEqual([]);
    expect(parsed.article?.tags).toEqual([]);
    expect(parsed.article?.author).toBeUndefined();
  });
});

describe("parseArticle: sanitizing", () => {
  it("shows raw HTML as text and never as markup", () => {
    const body = `\n<script>alert("x")</script> Hello there, reader.\n\n你好，读者，欢迎阅读这篇双语文章，希望你喜欢我们的新闻。<img src=x onerror=alert(1)>\n`;
    const article = parseArticle("content/articles/x.md", FRONT + body).article;
    expect(article?.pairs[0]?.en).toEqual([
      { type: "text", value: '<script>alert("x")</script> Hello there, reader.' },
    ]);
    expect(JSON.stringify(article?.pairs[0]?.zh)).toContain("<img src=x onerror=alert(1)>");
    expect(JSON.stringify(article)).not.toContain('"type":"html"');
  });

  it("drops javascript: and data: links but keeps their text", () => {
    const body = `\nClick [here](javascript:alert(1)) or [there](data:text/html,hi) now.\n\n点[这里](JavaScript:alert(1))。\n`;
    const article = parseArticle("content/articles/x.md", FRONT + body).article;
    expect(article?.pairs[0]?.en).toEqual([{ type: "text", value: "Click here or there now." }]);
    expect(article?.pairs[0]?.zh).toEqual([{ type: "text", value: "点这里。" }]);
  });
});

describe("parseArticle: bad files stop with path:line", () => {
  it("an English block with no Chinese after it", () => {
    const body = `\nFirst paragraph.\n\n第一段。\n\nSecond paragraph.\n\nThird paragraph.\n\n第三段。\n`;
    expect(problemsOf(FRONT + body)).toEqual([
      "content/articles/sample.md:18: English paragraph has no Chinese after it (line 20 is English too)",
    ]);
  });

  it("an English block at the end of the file", () => {
    expect(problemsOf(FRONT + `\nFirst.\n\n第一段。\n\nDangling.\n`)).toEqual([
      "content/articles/sample.md:18: English paragraph has no Chinese after it (it is the last block)",
    ]);
  });

  it("two Chinese blocks in a row", () => {
    expect(problemsOf(FRONT + `\nFirst.\n\n第一段。\n\n多出来的一段。\n`)).toEqual([
      "content/articles/sample.md:18: two Chinese blocks in a row: this Chinese paragraph follows the one on line 16 with no English between",
    ]);
  });

  it("a subheading paired with a paragraph", () => {
    expect(problemsOf(FRONT + `\n## A heading\n\n第一段。\n`)).toEqual([
      "content/articles/sample.md:16: English subheading on line 14 is followed by a Chinese paragraph: subheadings pair with subheadings, paragraphs with paragraphs",
    ]);
  });

  it("a missing title.zh points at the title", () => {
    const front = FRONT.replace("  zh: 夜班列车把游客带回边境小城\n", "");
    expect(problemsOf(front + GOOD_BODY)).toEqual([
      "content/articles/sample.md:2: title.zh is required (text)",
    ]);
  });

  it("a bad date", () => {
    expect(problemsOf(FRONT.replace("2026-03-08", "2026-02-30") + GOOD_BODY)).toEqual([
      "content/articles/sample.md:9: date is not a real calendar date",
    ]);
    expect(problemsOf(FRONT.replace("2026-03-08", "March 8") + GOOD_BODY)).toEqual([
      "content/articles/sample.md:9: date must be a date written YYYY-MM-DD",
    ]);
  });

  it("an unknown section", () => {
    expect(problemsOf(FRONT.replace("section: china", "section: weather") + GOOD_BODY)).toEqual([
      "content/articles/sample.md:8: section must be one of: china, world, business, culture, science, sport, opinion",
    ]);
  });

  it("an unknown field", () => {
    expect(problemsOf(FRONT.replace("author:", "auther:") + GOOD_BODY)).toEqual([
      'content/articles/sample.md:10: unknown field "auther"',
    ]);
  });

  it("front matter that is not YAML, or not there", () => {
    expect(problemsOf(FRONT.replace("section: china", "section: [china") + GOOD_BODY)[0]).toMatch(
      /^content\/articles\/sample\.md:\d+: front matter is not valid YAML: /,
    );
    expect(problemsOf(GOOD_BODY.trimStart())).toEqual([
      'content/articles/sample.md:1: the file must start with front matter: a line "---", the fields, then "---"',
    ]);
  });

  it("a file name that is not a slug", () => {
    expect(problemsOf(FRONT + GOOD_BODY, "content/articles/Night_Trains.md")).toEqual([
      'content/articles/Night_Trains.md:1: file name "Night_Trains" is not a valid slug: use lowercase letters, digits and hyphens',
    ]);
  });

  it("blocks other than paragraphs and subheadings", () => {
    expect(problemsOf(FRONT + `\n- a list item\n\nFirst.\n\n第一段。\n`)).toEqual([
      'content/articles/sample.md:14: a list is not allowed: the body is paragraphs and "##" subheadings only',
    ]);
  });

  it("reports every problem in the file, not just the first", () => {
    const front = FRONT.replace("section: china", "section: weather");
    expect(problemsOf(front + `\nOne.\n\nTwo.\n\n第二。\n`)).toHaveLength(2);
  });
});

describe("parseArticle: readings", () => {
  const withReadings = (lines: string) =>
    FRONT.replace("tags: [travel, rail]\n", `tags: [travel, rail]\nreadings:\n${lines}`) +
    GOOD_BODY;

  it("keeps an article's fixed readings as tone numbers", () => {
    const result = parseArticle(
      "content/articles/a.md",
      withReadings("  第一段: dì yī duàn\n  中文: zhong1 wen2\n"),
    );
    expect(result.problems).toEqual([]);
    expect(result.article?.readings).toEqual({ 第一段: "di4 yi1 duan4", 中文: "zhong1 wen2" });
  });

  it("says which reading is wrong, on its line", () => {
    const problems = problemsOf(
      withReadings("  中文: zhong1\n  第一段: di4 yi1 dux4\n  abc: a1\n  夜班: ye4 ban1\n"),
    );
    expect(problems).toEqual([
      'content/articles/sample.md:13: readings.中文 "zhong1" has 1 syllable for 2 characters: write one syllable per character, space-separated',
      'content/articles/sample.md:14: readings.第一段 "dux4" is not a pinyin syllable (write hang2 or háng)',
      "content/articles/sample.md:15: readings.abc must be a Chinese word (Han characters only)",
    ]);
    expect(problemsOf(withReadings("  列车: lie4 che1\n  火车: huo3 che1\n"))).toEqual([
      'content/articles/sample.md:14: readings.火车: the article\'s Chinese never uses "火车"',
    ]);
  });
});

describe("parseArticle: traditional", () => {
  const withPins = (lines: string) =>
    FRONT.replace("tags: [travel, rail]\n", `tags: [travel, rail]\ntraditional:\n${lines}`) +
    GOOD_BODY;

  it("keeps an article's pinned Traditional forms", () => {
    const result = parseArticle("content/articles/a.md", withPins("  中文: 中文\n"));
    expect(result.problems).toEqual([]);
    expect(result.article?.traditional).toEqual({ 中文: "中文" });
  });

  it("says which pin is wrong, on its line", () => {
    expect(problemsOf(withPins("  中文: zhong wen\n  abc: 中文\n  火车: 火車\n"))).toEqual([
      'content/articles/sample.md:13: traditional.中文 "zhong wen" must be Han characters only (the Traditional form)',
      "content/articles/sample.md:14: traditional.abc must be a Chinese phrase (Han characters only)",
    ]);
    expect(problemsOf(withPins("  中文: 中文\n  火车: 火車\n"))).toEqual([
      'content/articles/sample.md:14: traditional.火车: the article\'s Chinese never uses "火车"',
    ]);
  });
});
