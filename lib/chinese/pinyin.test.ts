import { describe, expect, it } from "vitest";
import { hanSyllables, readText, toneMarks } from "./pinyin";
import { segmentChinese } from "./segment";
import { loadChineseData } from "./test-setup";

loadChineseData();

const marked = (text: string) =>
  readText(text)
    .filter((token) => token.reading !== "")
    .map((token) => `${token.text} ${toneMarks(token.reading)}`);

describe("segmentChinese", () => {
  it("splits into dictionary words and keeps every character", () => {
    const text = "银行行长还钱了。2021年，逾2.8万人因偷越国（边）境被起诉。";
    const tokens = segmentChinese(text);
    expect(tokens.join("")).toBe(text);
    expect(tokens.slice(0, 3)).toEqual(["银行", "行长", "还"]);
    expect(segmentChinese("检察机关")).toEqual(["检察", "机关"]);
    expect(segmentChinese("一座小小的图书馆")).toEqual(["一", "座", "小小", "的", "图书馆"]);
  });
});

describe("readText", () => {
  it("reads polyphones in context", () => {
    expect(marked("银行行长")).toEqual(["银行 yín háng", "行长 háng zhǎng"]);
    expect(marked("他还没还钱。")).toEqual(["他 tā", "还 hái", "没 méi", "还 huán", "钱 qián"]);
    expect(marked("重新称重量")).toEqual(["重新 chóng xīn", "称 chēng", "重量 zhòng liàng"]);
    expect(marked("孩子长大了")).toEqual(["孩子 hái zi", "长大 zhǎng dà", "了 le"]);
    expect(marked("一只鸟，两行字")).toContain("行 háng");
    expect(marked("一只鸟，两行字")).toContain("只 zhī");
  });

  it("prints the tone changes of 一 and 不 as textbooks do, and no others", () => {
    expect(marked("一个")).toEqual(["一个 yí gè"]);
    expect(marked("一天")).toEqual(["一 yì", "天 tiān"]);
    expect(marked("不是")).toEqual(["不是 bú shì"]);
    expect(marked("第一次统一")).toEqual(["第一次 dì yī cì", "统一 tǒng yī"]);
    expect(marked("一月十一日")).toEqual(["一月 yī yuè", "十一 shí yī", "日 rì"]);
    expect(marked("你好")).toEqual(["你好 nǐ hǎo"]);
  });

  it("reads names as names", () => {
    expect(hanSyllables("冯先生")[0]).toBe("feng2");
  });

  it("takes an article's own readings first, across word boundaries", () => {
    const tokens = readText("他还钱。", { 还钱: "hai2 qian2" });
    expect(tokens.map((token) => token.reading).filter(Boolean)).toEqual(["ta1", "hai2", "qian2"]);
  });
});

describe("hanSyllables", () => {
  it("gives one syllable per Han character and skips the rest", () => {
    expect(hanSyllables("Hello 世界 2026！")).toEqual(["shi4", "jie4"]);
    expect(hanSyllables("女")).toEqual(["nü3"]);
    expect(hanSyllables("")).toEqual([]);
  });
});

describe("toneMarks", () => {
  it("marks the vowel textbooks mark", () => {
    expect(toneMarks("yin2 hang2")).toBe("yín háng");
    expect(toneMarks("lü4 gou3 xiu1 guai4 le5")).toBe("lǜ gǒu xiū guài le");
  });
});
