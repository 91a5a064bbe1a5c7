import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { plainText } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse";
import { splitParagraphs } from "@/lib/text";
import { alignArticle } from "@/tools/aligner";
import { type AlignOptions, LOW_CONFIDENCE, alignParagraphs } from "./align";
import { anchorScore, chineseNumbers, englishNumbers } from "./anchors";
import { loadLexicon } from "./lexicon";

const read = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../fixtures/align", name), "utf8");

/** Known answers: each bead as [English paragraph numbers, Chinese paragraph numbers], 1-based. */
const CASES: Record<string, [number[], number[]][]> = {
  lighthouse: [
    [[1], [1]],
    [[2, 3], [2]],
    [[4], [3]],
    [[5], [4]],
  ],
  "seed-library": [
    [[1], [1]],
    [[2], [2, 3]],
    [[3], [4]],
    [[4], [5]],
  ],
  "drone-rescue": [
    [[1], [1]],
    [[2, 3], [2]],
    [[4], [3, 4]],
    [[5], [5]],
    [[6], [6]],
    [[7], [7]],
  ],
  "ferry-note": [
    [[1], [1]],
    [[2, 3], [2]],
    [[4], [3]],
    [[], [4]],
  ],
  // 1–3 and 3–1 beads, a paragraph the Chinese leaves out and one only the Chinese has, side by side.
  "harbour-market": [
    [[1], [1]],
    [[2], [2, 3, 4]],
    [[3, 4, 5], [5]],
    [[6], [6]],
    [[7], []],
    [[], [7]],
    [[8], [8]],
  ],
};

// The first run builds the dictionary table from CC-CEDICT (seconds); later runs read it back.
beforeAll(() => {
  loadLexicon();
}, 60_000);

const beadKey = (en: number[], zh: number[]) => `${en.join("+")}|${zh.join("+")}`;

function beadsOf(name: string, options: AlignOptions = {}) {
  const english = splitParagraphs(read(`${name}.en.txt`));
  const chinese = splitParagraphs(read(`${name}.zh.txt`));
  return alignParagraphs(english, chinese, options).beads.map((bead) => ({
    key: beadKey(
      bead.en.map((i) => i + 1),
      bead.zh.map((i) => i + 1),
    ),
    confidence: bead.confidence,
  }));
}

describe("alignParagraphs on fixtures with known answers", () => {
  it("finds every expected bead, 1–3, 3–1 and dropped paragraphs included", () => {
    for (const [name, answer] of Object.entries(CASES)) {
      const found = beadsOf(name).map((bead) => bead.key);
      expect(found.sort(), name).toEqual(answer.map(([en, zh]) => beadKey(en, zh)).sort());
    }
  });

  it("reports a paragraph with no counterpart as such, instead of merging it into a neighbour", () => {
    const keys = beadsOf("harbour-market").map((bead) => bead.key);
    expect(keys).toContain("7|");
    expect(keys).toContain("|7");
    expect(keys).not.toContain("7|7");
    expect(keys).not.toContain("6+7|6");
  });

  it("is sure of beads the evidence settles and unsure where it cannot decide", () => {
    const clear = beadsOf("lighthouse");
    expect(Math.min(...clear.map((bead) => bead.confidence))).toBeGreaterThan(0.8);
    // Three English paragraphs of one length and two Chinese ones, with no word, number or name to
    // tell them apart: which two merge is a coin toss, and the confidence must say so.
    const ambiguous = alignParagraphs(
      ["Zorbin lupat.", "Zorbin lupet.", "Zorbin lupit."],
      ["佐宾卢帕特佐", "佐宾卢佩特佐"],
      { lexicon: false },
    );
    const wrongOrUnsure = ambiguous.beads.filter((bead) => bead.confidence < LOW_CONFIDENCE);
    expect(wrongOrUnsure.length).toBeGreaterThan(0);
  });

  it("lets the dictionary decide what length alone gets wrong", () => {
    const english = [
      "The boats came back before noon with a good catch of mackerel.",
      "The river flooded three villages after a week of heavy rain.",
      "Teachers opened the school library to families whose homes were damaged.",
    ];
    const chinese = [
      "渔船中午前就满载鲭鱼回港了。",
      "教师们向房屋受损的家庭开放了学校图书馆，让他们有地方落脚。",
    ];
    const withDictionary = alignParagraphs(english, chinese).beads.map((bead) =>
      beadKey(bead.en, bead.zh),
    );
    expect(withDictionary).toEqual(["0|0", "1|", "2|1"]);
    // On length alone, the flood paragraph is merged into its neighbour.
    const lengthOnly = alignParagraphs(english, chinese, { lexicon: false }).beads.map((bead) =>
      beadKey(bead.en, bead.zh),
    );
    expect(lengthOnly).not.toEqual(withDictionary);
  });
});

describe("anchors", () => {
  it("normalizes numbers across languages", () => {
    expect([...englishNumbers("23,000 people and 2.3 million yuan, 38 percent")]).toEqual([
      "23000",
      "2300000",
      "38",
    ]);
    expect([...chineseNumbers("2.3万人、230万元、23000和38%")]).toEqual(["23000", "2300000", "38"]);
    expect(
      anchorScore("Train K7215 carried 23,000 people.", "K7215次列车运送了2.3万人。").matched,
    ).toBe(2);
    expect(anchorScore('"Yes," he said.', "“是的。”他说。").score).toBeGreaterThan(0);
    expect(anchorScore("It cost 500 yuan.", "花了800元。").score).toBeLessThan(0);
  });

  it("reads Chinese numerals and English month names", () => {
    expect([
      ...chineseNumbers("全国共有三百二十座灯塔，两万三千人，十二个月，拉响了三声汽笛"),
    ]).toEqual(["320", "23000", "12", "3"]);
    expect([...chineseNumbers("第三次会议在一些地方举行")]).toEqual([]);
    expect([...englishNumbers("From June to mid-July, twelve boats; you may go in May")]).toEqual([
      "12",
      "6",
      "7",
      "5",
    ]);
  });
});

describe("alignArticle", () => {
  it("merges English with a space and Chinese directly, and the file parses", () => {
    const result = alignArticle(read("seed-library.en.txt"), read("seed-library.zh.txt"), {
      slug: "seed-library",
      titleEn: "A library that lends seeds",
      titleZh: "能借种子的图书馆",
      date: "2026-06-20",
      section: "culture",
    });
    expect(result.errors).toEqual([]);
    const parsed = parseArticle("seed-library.md", result.markdown!);
    expect(parsed.problems).toEqual([]);
    const pairs = parsed.article!.pairs;
    expect(pairs).toHaveLength(4);
    expect(plainText(pairs[1]!.zh)).toBe(
      "种子图书馆最初只有当地一所农业院校捐赠的40个品种。到6月，品种已增加到112个。其中包括县里农户几乎已经不再种植的一种紫皮茄子老品种、一种适合在阳台上种植的攀援豆，还有几种辣椒——老居民们记得小时候吃过，却早已在市场上找不到了。",
    );
    const lighthouse = alignArticle(read("lighthouse.en.txt"), read("lighthouse.zh.txt"), {
      slug: "lighthouse",
      titleEn: "Lighthouse",
      titleZh: "灯塔",
      date: "2026-06-20",
    });
    expect(lighthouse.draft?.pairs[1]?.en).toBe(
      "The project was led by Gao Ming, a retired ship's engineer who grew up in the keeper's cottage. His father kept the light for 27 years, and Gao still remembers climbing the 148 steps with a can of kerosene before dusk.",
    );
  });

  it("leaves unpaired paragraphs out and rejects bad options", () => {
    const ferry = alignArticle(read("ferry-note.en.txt"), read("ferry-note.zh.txt"), {
      slug: "ferry",
      titleEn: "Ferry",
      titleZh: "渡船",
      date: "2026-06-20",
    });
    expect(ferry.draft?.pairs).toHaveLength(3);
    expect(ferry.markdown).not.toContain("编者按");
    const bad = alignArticle("One.", "一。", {
      slug: "Bad Slug",
      titleEn: "T",
      titleZh: "标题",
      date: "2026-13-01",
      section: "x",
    });
    expect(bad.errors).toEqual([
      "--section must be one of: china, world, business, culture, science, sport, opinion",
      '--date "2026-13-01" is not a real date written YYYY-MM-DD',
      'slug "Bad Slug" is not valid: use lowercase letters, digits and hyphens',
    ]);
    expect(bad.markdown).toBeUndefined();
  });
});

describe("the aligner's API for outside tools (docs/contracts.md)", () => {
  it("exports alignParagraphs, splitParagraphs and LOW_CONFIDENCE from lib/aligner/align", async () => {
    const api = await import("./align");
    expect(typeof api.alignParagraphs).toBe("function");
    expect(api.splitParagraphs("One.\n\nTwo\nlines.")).toEqual(["One.", "Two lines."]);
    expect(api.LOW_CONFIDENCE).toBe(0.6);
  });
});
