import { describe, expect, it } from "vitest";
import {
  chineseFor,
  cleanGloss,
  englishGlossesOf,
  equivalentsOf,
  isWord,
  lookUp,
} from "./dictionary";
import { loadChineseData } from "./test-setup";

loadChineseData();

describe("lookUp", () => {
  it("finds a word by its Simplified or Traditional form", () => {
    const [bank] = lookUp("银行");
    expect(bank).toMatchObject({
      simplified: "银行",
      traditional: "銀行",
      pinyin: "yin2 hang2",
      meanings: ["bank"],
    });
    expect(lookUp("銀行")[0]?.simplified).toBe("银行");
    expect(isWord("图书馆")).toBe(true);
    expect(isWord("图书馆馆")).toBe(false);
  });

  it("lists every reading of a polyphone, common words before names", () => {
    const readings = lookUp("还").map((entry) => entry.pinyin);
    expect(readings).toEqual(expect.arrayContaining(["hai2", "huan2"]));
    expect(lookUp("还").at(-1)?.proper).toBe(true);
  });

  it("writes ü, not u:", () => {
    expect(lookUp("女")[0]?.pinyin).toBe("nü3");
  });
});

describe("cleanGloss", () => {
  it("keeps the meaning and drops notes", () => {
    expect(cleanGloss("to pay back")).toBe("pay back");
    expect(cleanGloss("(bound form) row")).toBe("row");
    expect(cleanGloss("variant of 還[huan2]")).toBeUndefined();
    expect(cleanGloss("surname Huan")).toBeUndefined();
    expect(cleanGloss("used in 道行[dao4 heng2]")).toBeUndefined();
  });
});

describe("englishGlossesOf", () => {
  it("gives an aligner the English a Chinese word stands for", () => {
    expect(englishGlossesOf("图书馆")).toEqual(["library"]);
    expect(englishGlossesOf("还")).toEqual(expect.arrayContaining(["still", "pay back", "return"]));
    expect(englishGlossesOf("没有这个词")).toEqual([]);
  });
});

describe("chineseFor", () => {
  it("ranks common single-sense words first", () => {
    expect(chineseFor("library")[0]).toBe("图书馆");
    expect(chineseFor("bank")[0]).toBe("银行");
    expect(chineseFor("student")[0]).toBe("学生");
    expect(chineseFor("bike", { limit: 3 })).toContain("自行车");
    expect(chineseFor("network", { limit: 2 })).toContain("网络");
    expect(chineseFor("sue", { limit: 2 })).toContain("起诉");
    expect(chineseFor("To Return").slice(0, 4)).toContain("还");
  });

  it("says nothing for an unknown word", () => {
    expect(chineseFor("zzzz")).toEqual([]);
  });

  it("keeps each word's Traditional form and reading", () => {
    expect(equivalentsOf("library", { limit: 1 })).toEqual([
      { simplified: "图书馆", traditional: "圖書館", pinyin: "tu2 shu1 guan3", gloss: "library" },
    ]);
  });
});
