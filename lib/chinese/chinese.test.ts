import { describe, expect, it } from "vitest";
import { toTraditional } from "./convert";
import { isMostlyHan } from "./script";

describe("isMostlyHan", () => {
  it("reads a block's language from its letters", () => {
    expect(isMostlyHan("检察机关加大力度打击网络犯罪。")).toBe(true);
    expect(isMostlyHan("Prosecutors stepped up the fight against online fraud.")).toBe(false);
    expect(isMostlyHan("2021年，逾2.8万人因偷越国（边）境被起诉，是2020年的2.8倍。")).toBe(true);
    expect(isMostlyHan("The word 网络 means network.")).toBe(false);
    expect(isMostlyHan("1,000 — 2,000")).toBe(false);
  });
});

describe("toTraditional", () => {
  it("converts with Taiwan phrasing (OpenCC cn → twp)", () => {
    expect(toTraditional("网络")).toBe("網路");
    expect(toTraditional("软件")).toBe("軟體");
    expect(toTraditional("头发")).toBe("頭髮");
    expect(toTraditional("干部")).toBe("幹部");
    expect(toTraditional("干燥")).toBe("乾燥");
    expect(toTraditional("夜班列车把游客带回边境小城")).toBe("夜班列車把遊客帶回邊境小城");
  });

  it("uses corner brackets for quotations, as Taiwan writes them", () => {
    expect(toTraditional("他说：“‘书’也能借。”")).toBe("他說：「『書』也能借。」");
  });
});
