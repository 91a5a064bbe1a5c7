import { describe, expect, it } from "vitest";
import { displayWidth, fitText } from "./text";

describe("displayWidth", () => {
  it("counts Han characters and full-width marks as two, Latin as one", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("中文")).toBe(4);
    expect(displayWidth("你好，world。")).toBe(4 + 2 + 5 + 2);
  });
});

describe("fitText", () => {
  it("leaves text that fits alone", () => {
    expect(fitText("Night trains return", 40)).toBe("Night trains return");
  });

  it("cuts English at a word boundary and adds an ellipsis", () => {
    const cut = fitText(
      "The overnight service now runs four times a week between the capital and the towns",
      40,
    );
    expect(cut.endsWith("…")).toBe(true);
    expect(displayWidth(cut)).toBeLessThanOrEqual(40);
    expect(cut).toBe("The overnight service now runs four…");
  });

  it("cuts Chinese by width, two units a character", () => {
    const cut = fitText("夜班列车把游客带回边境小城，民宿和集市重新热闹起来。", 21);
    expect(displayWidth(cut)).toBeLessThanOrEqual(21);
    expect(cut).toBe("夜班列车把游客带回边…");
  });

  it("does not end on a comma or an opening quotation mark", () => {
    expect(fitText("他说：“我们重新开张了，因为父母想再试一次。”", 9)).toBe("他说…");
  });
});
