import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plainText } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse";
import { splitParagraphs } from "@/lib/text";
import { alignArticle, alignParagraphs } from "./index";
import { anchorScore, chineseNumbers, englishNumbers } from "./anchors";

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
};

const beadKey = (en: number[], zh: number[]) => `${en.join("+")}|${zh.join("+")}`;

describe("alignParagraphs on fixtures with known answers", () => {
  it("finds at least 90% of the expected beads", () => {
    let expected = 0;
    let correct = 0;
    for (const [name, answer] of Object.entries(CASES)) {
      const english = splitParagraphs(read(`${name}.en.txt`));
      const chinese = splitParagraphs(read(`${name}.zh.txt`));
      const { beads } = alignParagraphs(english, chinese);
      const found = new Set(
        beads.map((bead) =>
          beadKey(
            bead.en.map((i) => i + 1),
            bead.zh.map((i) => i + 1),
          ),
        ),
      );
      const hits = answer.filter(([en, zh]) => found.has(beadKey(en, zh))).length;
      console.log(`aligner ${name}: ${hits}/${answer.length} beads correct`);
      expected += answer.length;
      correct += hits;
      for (const bead of beads) {
        expect(bead.confidence).toBeGreaterThanOrEqual(0);
        expect(bead.confidence).toBeLessThanOrEqual(1);
      }
    }
    const accuracy = correct / expected;
    console.log(`aligner accuracy: ${correct}/${expected} = ${accuracy.toFixed(3)}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("gives a clear alignment high confidence and an ambiguous one lower", () => {
    const clear = alignParagraphs(
      splitParagraphs(read("lighthouse.en.txt")),
      splitParagraphs(read("lighthouse.zh.txt")),
    );
    expect(Math.min(...clear.beads.map((bead) => bead.confidence))).toBeGreaterThan(0.8);
    // Three same-length English paragraphs and two same-length Chinese: which two merge is a coin toss.
    const ambiguous = alignParagraphs(
      ["Rain fell all day.", "Wind blew all day.", "Snow fell all day."],
      ["整天都在下雨呢", "整天都在刮风呢"],
    );
    expect(Math.min(...ambiguous.beads.map((bead) => bead.confidence))).toBeLessThan(0.8);
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
    expect(bad.errors).toHaveLength(3);
  });
});
