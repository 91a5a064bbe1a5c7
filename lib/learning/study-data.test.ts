import { describe, expect, it } from "vitest";
import { loadChineseData } from "@/lib/chinese/test-setup";
import { parseArticle } from "@/lib/content/parse";
import { buildStudyData, textNodes } from "./study-data";

loadChineseData();

const SOURCE = `---
title:
  en: The library lends violins
  zh: 图书馆出借小提琴
summary:
  en: A county library lends instruments.
  zh: 县图书馆出借乐器。
section: culture
date: 2026-03-08
readings:
  还琴: hai2 qin2
---

The library lends *violins* to children. They return them after two weeks.

图书馆把*小提琴*借给孩子们。两周后他们还琴。

Mr. Li said the bank manager paid back the money.

李先生说，银行行长还钱了。

"We will keep the reading room open at night," said Wang Fang, the head librarian. "Students asked for it, and the heating is already paid for."

“阅览室晚上也会开放。”馆长王芳说，“学生们提出了这个要求，而且暖气费已经付过了。”

The staff put real effort into the catalogue.

馆员们在目录上下功夫。
`;

const article = (() => {
  const result = parseArticle("content/articles/library.md", SOURCE);
  if (!result.article) throw new Error(JSON.stringify(result.problems));
  return result.article;
})();

describe("buildStudyData", () => {
  const data = buildStudyData(article, "hans");
  const [first, second, third] = data.pairs;
  const tokenTexts = (n: number) => {
    const pair = data.pairs[n - 1]!;
    const text = textNodes(article.pairs[n - 1]!.zh).join("");
    let offset = 0;
    return pair.zh.map((token) => {
      const piece = text.slice(offset, offset + token[0]);
      offset += token[0];
      return token.length === 3 ? `${piece}:${token[2]}` : piece;
    });
  };

  it("covers the paragraph's text with words and their readings, cut where the page's elements are", () => {
    expect(tokenTexts(1)).toEqual([
      "图书馆:tú shū guǎn",
      "把:bǎ",
      "小提琴:xiǎo tí qín",
      "借给:jiè gěi",
      "孩子:hái zi",
      "们:men",
      "。",
      "两:liǎng",
      "周:zhōu",
      "后:hòu",
      "他们:tā men",
      "还:hái",
      "琴:qín",
      "。",
    ]);
    expect(tokenTexts(2)).toContain("行长:háng zhǎng");
    expect(tokenTexts(2)).toContain("还:huán");
  });

  it("gives a word CC-CEDICT lists only as a variant the meanings of the word it points to", () => {
    // 下功夫 is only "variant of 下工夫[xia4 gong1 fu5]" in CC-CEDICT.
    const effort = data.words.find((word) => word.s === "下功夫");
    expect(effort?.r[0]?.[1]).toContain("to put in time and energy");
  });

  it("ships each word's forms and meanings once", () => {
    const bank = data.words.find((word) => word.s === "银行");
    expect(bank).toEqual({ s: "银行", t: "銀行", r: [["yín háng", ["bank"]]], h: 2, h2: 3 });
    expect(data.words.filter((word) => word.s === "图书馆")).toHaveLength(1);
  });

  it("gives English words their base forms and lights up the Chinese word in the aligned sentence", () => {
    const english = textNodes(article.pairs[0]!.en).join("");
    const word = (text: string) =>
      first!.en.find(([start, length]) => english.slice(start, start + length) === text)!;
    const [, , lemma, lit] = word("library");
    expect(data.lemmas[lemma]!.l).toBe("library");
    expect(tokenTexts(1)[lit]).toBe("图书馆:tú shū guǎn");
    expect(data.lemmas[word("children")[2]]!.l).toBe("child");
    expect(tokenTexts(1)[word("children")[3]]).toBe("孩子:hái zi");
    expect(word("The")[3]).toBe(-1);
  });

  it("maps sentences to their translations", () => {
    expect(first!.es).toHaveLength(2);
    expect(first!.zs).toHaveLength(2);
    expect(first!.b).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    expect(second!.b).toEqual([[[0], [0]]]);
  });

  it("keeps a quotation and its attribution together when the languages cut them differently", () => {
    // English: quote + said …, quote. Chinese: quote, said + quote. One 2–2 bead, no sentence left out.
    expect(third!.es).toHaveLength(2);
    expect(third!.zs).toHaveLength(2);
    expect(third!.b).toEqual([
      [
        [0, 1],
        [0, 1],
      ],
    ]);
  });

  it("uses the Traditional text's offsets for 繁體", () => {
    const traditional = buildStudyData(article, "hant");
    const text = textNodes(article.pairs[0]!.zh, "hant").join("");
    expect(traditional.pairs[0]!.zh.reduce((sum, token) => sum + token[0], 0)).toBe(text.length);
    expect(text.slice(...traditional.pairs[0]!.zs[0]!)).toBe("圖書館把小提琴借給孩子們。");
    // Every word of the Simplified text is a word of the Traditional one (OpenCC converts by phrase).
    const wordCount = (d: typeof data) =>
      d.pairs.flatMap((pair) => pair.zh).filter((token) => token.length === 3).length;
    expect(wordCount(traditional)).toBe(wordCount(data));
  });
});

describe("study data budget", () => {
  it("stays under 45 KB gzip (levels included) for every sample article, in both scripts", async () => {
    const { gzipSync } = await import("node:zlib");
    const { getArticles } = await import("@/lib/content/load");
    const sizes: string[] = [];
    for (const sample of getArticles())
      for (const script of ["hans", "hant"] as const) {
        const bytes = gzipSync(JSON.stringify(buildStudyData(sample, script))).length;
        sizes.push(
          `${sample.slug} ${script} ${sample.pairs.length} pairs: ${(bytes / 1024).toFixed(1)} KB`,
        );
        // The budget is for an eleven-pair article; longer articles may take proportionally more.
        expect(bytes).toBeLessThanOrEqual((45 * 1024 * Math.max(11, sample.pairs.length)) / 11);
      }
    console.log(`study data (gzip):\n  ${sizes.join("\n  ")}`);
  }, 120_000);
});
