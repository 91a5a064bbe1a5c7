import { describe, expect, it } from "vitest";
import {
  blockLanguage,
  calendarDate,
  collapse,
  findDate,
  isCalendarDate,
  isMostlyHan,
  oneLine,
  readIsoDate,
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
