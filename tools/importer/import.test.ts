import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { plainText } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse";
import { type ImportResult, importPage } from "./index";
import { splitBilingualTitle, slugify } from "./text";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../fixtures/import", name), "utf8");

/**
 * The article file an import wrote. Checks that junk is absent are only worth something when the
 * file exists and holds the story, so this fails first when nothing was written.
 */
function written(result: ImportResult): string {
  expect(result.errors).toEqual([]);
  expect(result.markdown).toBeDefined();
  const markdown = result.markdown!;
  for (const pair of result.draft!.pairs) {
    expect(markdown).toContain(pair.en.slice(0, 20));
    expect(markdown).toContain(pair.zh.slice(0, 8));
  }
  return markdown;
}

describe("importPage: page with an h1 and a Chinese subtitle", () => {
  const result = importPage(fixture("bilingual-page.html"));
  let markdown = "";
  beforeAll(() => {
    markdown = written(result);
  });

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
  let markdown = "";
  beforeAll(() => {
    markdown = written(result);
  });

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
  it("refuses a page with nothing to pair, saying what it found and what it expected", () => {
    const result = importPage(fixture("nothing-to-import.html"));
    expect(result.ok).toBe(false);
    expect(result.markdown).toBeUndefined();
    expect(result.errors).toEqual([
      "found no English paragraph with its Chinese translation: found 3 English and 0 Chinese paragraphs on the page; expected English paragraphs each with a Chinese paragraph (after it, beside it, or in a column of its own)",
    ]);
  });

  it("keeps the page's English <h1> when it has no Chinese title, and needs a date", () => {
    const html =
      "<html><body><h1>English only</h1><div><p>First thing happened. Then more.</p><p>第一件事发生了。然后还有。</p></div></body></html>";
    const noDate = importPage(html);
    expect(noDate.ok).toBe(false);
    expect(noDate.errors.join()).toMatch(/--date/);
    const result = importPage(html, { date: "2026-01-02" });
    expect(result.draft?.title).toEqual({ en: "English only", zh: "第一件事发生了" });
    expect(result.notes.join("\n")).toMatch(/no Chinese title: took it from the first pair/);
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
  let markdown = "";
  beforeAll(() => {
    markdown = written(result);
  });

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

describe("importPage: an English-learning lesson with keywords, credits, captions and a glossary", () => {
  const result = importPage(fixture("lesson-with-glossary.html"));
  let markdown = "";
  beforeAll(() => {
    markdown = written(result);
  });
  const reasonFor = (start: string) =>
    result.dropped.find((block) => block.text.startsWith(start))?.reason;

  it("pairs only the story's paragraphs, and a stray line shifts nothing", () => {
    expect(result.draft?.pairs.map((pair) => [pair.en.slice(0, 24), pair.zh.slice(0, 8)])).toEqual([
      ["For forty years the ligh", "石北角上的灯塔黑"],
      ["Last spring a group of r", "去年春天，一群退"],
      ["When the lamp was lit ag", "十月灯塔重新点亮"],
      ["The museum will open a s", "明年，博物馆将举"],
    ]);
    expect(result.draft?.title).toEqual({
      en: "An old lighthouse shines again over a seaside town",
      zh: "海边小镇的旧灯塔重新亮了",
    });
  });

  it("drops every keyword, glossary, credit and caption line, and says why", () => {
    expect(reasonFor("关键词")).toBe("label or keyword list");
    expect(reasonFor("lighthouse keeper")).toBe("keyword line (a term in both languages)");
    expect(reasonFor("Photo by")).toBe("credit line");
    expect(reasonFor("The restored lamp room")).toMatch(/caption/);
    expect(reasonFor("图为")).toBe("photo caption");
    for (const credit of ["参考来源", "英文来源", "翻译", "译者", "图片来源", "Credit:"])
      expect(reasonFor(credit), credit).toBe("credit line");
    expect(reasonFor("标签")).toBe("label or keyword list");
    expect(reasonFor("Words in This Story")).toBe("heading of a vocabulary or link section");
    expect(reasonFor("navigation – n.")).toBe("in a vocabulary or link section");
    expect(reasonFor("logbook")).toBe("in a vocabulary or link section");
    for (const junk of [
      "关键词",
      "keeper 灯塔",
      "Photo by",
      "图为",
      "参考来源",
      "翻译：",
      "Credit",
      "标签",
      "scrape –",
      "lamp room",
    ])
      expect(markdown, junk).not.toContain(junk);
  });

  it("takes Chinese commentary quoting English for Chinese, and leaves out a pair that is no translation", () => {
    const reasons = result.unpaired.map((paragraph) => [
      paragraph.text.slice(0, 10),
      paragraph.reason,
    ]);
    expect(reasons).toEqual([
      ["这里的 keep t", "Chinese paragraph with no English original"],
      [
        "The town h",
        "not a translation of the Chinese after it: the numbers differ (2 against 320)",
      ],
      [
        "这份报告指出，全国共",
        "not a translation of the English before it: the numbers differ (2 against 320)",
      ],
    ]);
    expect(markdown).not.toContain("keep the light burning");
    expect(markdown).not.toContain("三百二十");
  });
});

describe("importPage: layouts other than alternating paragraphs", () => {
  it("reads side-by-side table rows", () => {
    const result = importPage(fixture("side-by-side-rows.html"));
    written(result);
    expect(result.draft?.title).toEqual({
      en: "Rooftop gardens cool a crowded district",
      zh: "屋顶花园为拥挤街区降温",
    });
    expect(result.draft?.pairs.map((pair) => pair.zh.slice(0, 6))).toEqual([
      "2024年以",
      "屋顶上的传感",
      "“以前7月我",
      "区里计划明年",
    ]);
  });

  it("zips two columns, and takes the Chinese title from <title> without the site name", () => {
    const result = importPage(fixture("two-columns.html"));
    written(result);
    expect(result.draft?.title.zh).toBe("夜校里的老年程序员");
    expect(result.draft?.pairs.map((pair) => [pair.en.slice(0, 12), pair.zh.slice(0, 6)])).toEqual([
      ["Every Tuesda", "每周二晚上，"],
      ["Their teache", "他们的老师是"],
      ["The students", "到目前为止，"],
    ]);
  });
});

describe("importPage: standfirst, bilingual heading and dateline at the top of the body", () => {
  const result = importPage(fixture("standfirst-and-dateline.html"));
  beforeAll(() => written(result));

  it("never takes a Chinese standfirst for the title", () => {
    expect(result.draft?.title.en).toBe("Bus drivers learn sign language");
    expect(result.draft?.title.zh).not.toMatch(/一座城市/);
  });

  it("drops the heading and dateline and guesses the summary from the story, past Mr. and U.S.", () => {
    const reasons = Object.fromEntries(result.dropped.map((block) => [block.text, block.reason]));
    expect(reasons["Bus drivers vs. the language barrier | 公交司机与语言障碍"]).toBe(
      "bilingual heading",
    );
    expect(reasons["HANGZHOU, May 6 (Sample News) --"]).toBe("dateline");
    expect(reasons["2026年5月6日"]).toBe("date line");
    expect(result.draft?.summary).toEqual({
      en: "Mr. Gu has driven the No. 12 bus for 19 years.",
      zh: "顾师傅开12路公交车已经19年了。",
    });
  });
});
