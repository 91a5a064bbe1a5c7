import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plainText } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse";
import { importPage } from "./index";
import { splitBilingualTitle, slugify } from "./text";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../fixtures/import", name), "utf8");

describe("importPage: page with an h1 and a Chinese subtitle", () => {
  const result = importPage(fixture("bilingual-page.html"));
  const markdown = result.markdown ?? "";

  it("keeps the article pairs, title and date", () => {
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.slug).toBe("village-school-students-run-their-own-weather-station");
    expect(result.draft?.title).toEqual({
      en: "Village school students run their own weather station",
      zh: "山村学生自己管起了气象站",
    });
    expect(result.draft?.date).toBe("2026-04-02");
    expect(result.draft?.section).toBe("china");
    expect(result.notes.join("\n")).toMatch(/guessed "china"/);
    const pairs = result.draft?.pairs ?? [];
    expect(pairs).toHaveLength(6);
    expect(pairs[0]?.en).toMatch(/^Every morning at 7:30/);
    expect(pairs[0]?.zh).toMatch(/^每天早上7点30分/);
    expect(pairs[2]?.en).toContain("a solar panel.");
    expect(pairs[5]?.zh).toMatch(/^胡兰希望明年/);
    expect(result.draft?.summary).toEqual({
      en: "Every morning at 7:30, two students at Qingshi Primary School climb the stairs to the roof and record the temperature, wind speed and rainfall.",
      zh: "每天早上7点30分，青石小学的两名学生会爬上教学楼楼顶，记录气温、风速和降雨量。",
    });
  });

  it("leaves out every piece of junk", () => {
    for (const junk of [
      "TRACK-7731",
      "Injected by a script",
      "margin: 0",
      "editor note",
      "Learn English 学英语",
      "Spring phone sale",
      "Share to",
      "WeChat",
      "Sponsored",
      "Old town museum",
      "旧城博物馆",
      "Great story",
      "太棒了",
      "Most read",
      "Copyright",
      "คาสิโน",
      "spam.example",
      "Home",
      "pixel",
      "<",
    ]) {
      expect(markdown, junk).not.toContain(junk);
    }
    const reasons = result.dropped.map((block) => block.reason).join("\n");
    expect(reasons).toMatch(/HTML comment/);
    expect(reasons).toMatch(/<script>/);
    expect(reasons).toMatch(/Thai script/);
    expect(reasons).toMatch(/related/);
  });

  it("reports the paragraph it could not pair", () => {
    expect(result.unpaired.map((paragraph) => paragraph.text)).toEqual([
      "Photos were provided by the school and are used with permission.",
    ]);
    expect(markdown).not.toContain("Photos were provided");
  });

  it("writes a file that parses", () => {
    const parsed = parseArticle(`content/articles/${result.slug}.md`, markdown);
    expect(parsed.problems).toEqual([]);
    expect(parsed.article?.pairs).toHaveLength(6);
    expect(plainText(parsed.article!.pairs[1]!.en)).toBe(result.draft!.pairs[1]!.en);
  });
});

describe("importPage: one-line bilingual title, Chinese date, keyword spam", () => {
  const result = importPage(fixture("bilingual-page-inline-title.html"), {
    section: "business",
    slug: "night-market-tricycles",
  });
  const markdown = result.markdown ?? "";

  it("splits the title, reads the Chinese date and keeps four pairs", () => {
    expect(result.ok).toBe(true);
    expect(result.slug).toBe("night-market-tricycles");
    expect(result.draft?.title).toEqual({
      en: "Night market vendors switch to electric tricycles",
      zh: "夜市摊主换上电动三轮车",
    });
    expect(result.draft?.date).toBe("2026-05-12");
    expect(result.draft?.section).toBe("business");
    expect(result.draft?.pairs).toHaveLength(4);
    expect(parseArticle("night-market-tricycles.md", markdown).problems).toEqual([]);
  });

  it("drops spam and furniture and reports the lone Chinese paragraph", () => {
    for (const junk of [
      "казино",
      "best online casino",
      "replica",
      "casino bonus",
      "crypto",
      "首页",
      "Share",
      "About us",
      "font-family",
    ]) {
      expect(markdown, junk).not.toContain(junk);
    }
    const reasons = result.dropped.map((block) => block.reason).join("\n");
    expect(reasons).toMatch(/Cyrillic/);
    expect(reasons).toMatch(/keyword links/);
    expect(reasons).toMatch(/mostly links/);
    expect(result.unpaired).toHaveLength(1);
    expect(result.unpaired[0]?.text).toBe("（本文图片由受访者提供）");
  });

  it("uses --date over the page and rejects a bad section or date", () => {
    expect(
      importPage(fixture("bilingual-page-inline-title.html"), { date: "2026-06-01" }).draft?.date,
    ).toBe("2026-06-01");
    expect(importPage(fixture("bilingual-page-inline-title.html"), { date: "2026-02-30" }).ok).toBe(
      false,
    );
    expect(importPage(fixture("bilingual-page-inline-title.html"), { section: "weather" }).ok).toBe(
      false,
    );
  });
});

describe("importPage: failures and helpers", () => {
  it("fails when nothing pairs", () => {
    const result = importPage("<html><body><p>Only English here.</p></body></html>");
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatch(/no English paragraph followed by its Chinese/);
  });

  it("takes the title from the first pair when the page has none in Chinese, and needs a date", () => {
    const html =
      "<html><body><h1>English only</h1><div><p>First thing happened. Then more.</p><p>第一件事发生了。然后还有。</p></div></body></html>";
    const noDate = importPage(html);
    expect(noDate.ok).toBe(false);
    expect(noDate.errors.join()).toMatch(/--date/);
    const result = importPage(html, { date: "2026-01-02" });
    expect(result.draft?.title).toEqual({ en: "First thing happened", zh: "第一件事发生了" });
  });

  it("splits bilingual titles and makes slugs", () => {
    expect(splitBilingualTitle("Rail link opens 铁路开通")).toEqual({
      en: "Rail link opens",
      zh: "铁路开通",
    });
    expect(splitBilingualTitle("铁路开通 | Rail link opens")).toEqual({
      en: "Rail link opens",
      zh: "铁路开通",
    });
    expect(splitBilingualTitle("Rail link opens")).toBeUndefined();
    expect(slugify("It's a “Big” Day: 5G & the Rail-Link, Explained!")).toBe(
      "its-a-big-day-5g-the-rail-link-explained",
    );
    expect(slugify("a".repeat(30) + " " + "b".repeat(40)).length).toBeLessThanOrEqual(60);
  });
});

describe("importPage: line breaks", () => {
  it("treats source newlines as spaces and <br> as paragraph breaks", () => {
    const html = `<html><body><div class="text">
      <p>First English line
         continues here. More.<br>第一段中文
         继续。</p>
      <p>Second paragraph.</p><p>第二段。</p>
    </div><p>2026-03-01</p></body></html>`;
    const result = importPage(html);
    expect(result.draft?.pairs).toEqual([
      { en: "First English line continues here. More.", zh: "第一段中文继续。" },
      { en: "Second paragraph.", zh: "第二段。" },
    ]);
  });
});

describe("importPage: <article> header, one <div> per paragraph, misleading class names", () => {
  const result = importPage(fixture("article-header-div-paragraphs.html"), { section: "culture" });
  const markdown = result.markdown ?? "";

  it("reads the title from the article's own <header> and keeps the <div> paragraphs", () => {
    expect(result.errors).toEqual([]);
    expect(result.draft?.title).toEqual({
      en: "A mountain post office keeps its handwritten ledger",
      zh: "山区邮局的手写账本还在用",
    });
    expect(result.draft?.date).toBe("2026-02-14");
    const pairs = result.draft?.pairs ?? [];
    expect(pairs).toHaveLength(4);
    expect(pairs[0]?.en).toMatch(/^The post office in Baiyun Township/);
    expect(pairs[3]?.zh).toMatch(/县档案馆能把它们收藏起来。$/);
    expect(result.unpaired).toEqual([]);
    expect(parseArticle(`${result.slug}.md`, markdown).problems).toEqual([]);
  });

  it("keeps an article wrapped in a class that looks like junk, and drops the real junk", () => {
    // "commentary-page" starts with "comment"; it holds the whole story, so it is not furniture.
    for (const junk of [
      "By Culture Desk",
      "Share",
      "Winter boots",
      "cheap flights",
      "grandmother",
      "首页",
      "createElement",
    ]) {
      expect(markdown, junk).not.toContain(junk);
    }
    const reasons = result.dropped.map((block) => block.reason).join("\n");
    expect(reasons).toMatch(/adslot/);
    expect(reasons).toMatch(/mostly links/);
    expect(reasons).not.toMatch(/commentary/);
  });

  it("says what it guessed", () => {
    const notes = result.notes.join("\n");
    expect(notes).toMatch(
      /no --slug given: made "a-mountain-post-office-keeps-its-handwritten-ledger"/,
    );
    expect(notes).toMatch(/summary guessed from the first sentences: "The post office in Baiyun/);
    expect(notes).not.toMatch(/--section/);
  });
});
