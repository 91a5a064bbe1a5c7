import { describe, expect, it } from "vitest";
import { toTraditional } from "./convert";

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
