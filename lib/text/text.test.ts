import { describe, expect, it } from "vitest";
import {
  blockLanguage,
  calendarDate,
  collapse,
  findDate,
  firstHanIndex,
  HAN_SCRIPT,
  hanCharacters,
  hanRunCount,
  hasHan,
  isCalendarDate,
  isFullWidth,
  isHanWord,
  isIsoDateWritten,
  isMostlyHan,
  joinLines,
  oneLine,
  readIsoDate,
  withoutSpaces,
} from "./index";

describe("isMostlyHan", () => {
  it("reads a block's language from its letters", () => {
    expect(isMostlyHan("检察机关加大力度打击网络犯罪。")).toBe(true);
    expect(isMostlyHan("Prosecutors stepped up the fight against online fraud.")).toBe(false);
    expect(isMostlyHan("2021年，逾2.8万人因偷越国（边）境被起诉，是2020年的2.8倍。")).toBe(true);
    expect(isMostlyHan("The word 网络 means network.")).toBe(false);
    expect(isMostlyHan("1,000 — 2,000")).toBe(false);
  });
});

describe("blockLanguage", () => {
  it("takes Chinese commentary that quotes English words for Chinese", () => {
    const commentary =
      "这里的 break the ice 意思是打破僵局，常用于 meeting new people at a party。";
    expect(isMostlyHan(commentary)).toBe(false);
    expect(blockLanguage(commentary)).toBe("zh");
    expect(blockLanguage("He said 你好 to everyone at the party, in Chinese.")).toBe("en");
    expect(blockLanguage("检察机关加大力度。")).toBe("zh");
    expect(blockLanguage("2026 — 3")).toBeUndefined();
  });
});

describe("whitespace", () => {
  it("keeps one space between English words and none between Chinese characters", () => {
    expect(oneLine("  a\n\t b  ")).toBe("a b");
    expect(collapse("第一段中文\n   继续。 And English\n here.")).toBe(
      "第一段中文继续。 And English here.",
    );
  });
});

describe("dates", () => {
  it("accepts only days that exist", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2026-2-3")).toBe(false);
    expect(calendarDate("2026", "2", "3")).toBe("2026-02-03");
    expect(readIsoDate("2026-2-3")).toBe("2026-02-03");
    expect(readIsoDate("2026-13-01")).toBeUndefined();
  });

  it("finds the first real date in page text, in any common form", () => {
    expect(findDate("Updated 2026-02-30, first published 2026年3月4日")).toBe("2026-03-04");
    expect(findDate("Posted March 5, 2026 by the desk")).toBe("2026-03-05");
    expect(findDate("发布时间：2026/11/09 08:00")).toBe("2026-11-09");
    expect(findDate("no date here, only 12.5 million")).toBeUndefined();
  });
});

describe("Han tests (the one home of script rules)", () => {
  it("finds Han characters, words and runs", () => {
    expect(hasHan("The word 网络")).toBe(true);
    expect(hasHan("network")).toBe(false);
    expect(isHanWord("银行")).toBe(true);
    expect(isHanWord("银行。")).toBe(false);
    expect(isHanWord("")).toBe(false);
    expect(hanRunCount("内卷 means 内部 competition，卷")).toBe(2);
    expect(firstHanIndex("Night 夜班")).toBe(6);
    expect(hanCharacters("A银B行")).toEqual(["银", "行"]);
    expect(new RegExp(`^[${HAN_SCRIPT}]+$`, "u").test("中文")).toBe(true);
  });

  it("counts full-width characters for the cards", () => {
    expect(isFullWidth("中")).toBe(true);
    expect(isFullWidth("，")).toBe(true);
    expect(isFullWidth("a")).toBe(false);
  });

  it("reads a page line holding Chinese prose as Chinese only when asked", () => {
    const commentary =
      "Rake in是一个常用的搭配，比如：rake in a fortune, rake in the money, rake in millions every year。";
    expect(blockLanguage(commentary)).toBe("en");
    expect(blockLanguage(commentary, { proseAnywhere: true })).toBe("zh");
    expect(
      blockLanguage("The word “内卷” has no easy English equivalent.", { proseAnywhere: true }),
    ).toBe("en");
  });
});

describe("whitespace and date shapes", () => {
  it("joins lines, drops spaces and checks the written form of a date", () => {
    expect(joinLines("one\n  two")).toBe("one two");
    expect(withoutSpaces(" a b\nc ")).toBe("abc");
    expect(isIsoDateWritten("2026-03-08")).toBe(true);
    expect(isIsoDateWritten("2026-3-8")).toBe(false);
    expect(isIsoDateWritten("2026-02-30")).toBe(true);
  });
});
