import { describe, expect, it } from "vitest";
import { loadChineseData } from "@/lib/chinese/test-setup";
import { alignSentences } from "./align";

loadChineseData();

/**
 * Sentence alignment inside a pair, as the learning layer's sentence map uses it. Paragraph pairs written for this test (not from any newspaper), each with the sentence alignment a
 * careful reader gives it. Several are uneven: one English sentence made two Chinese ones, two English
 * sentences merged into one, a sentence the translator left out or added.
 */
const PAIRS: { en: string; zh: string; gold: [number[], number[]][] }[] = [
  {
    en: "The county library now lends violins. Children borrow them for two weeks at a time.",
    zh: "县图书馆现在出借小提琴。孩子们每次可以借两周。",
    gold: [
      [[0], [0]],
      [[1], [1]],
    ],
  },
  {
    en: "Night trains returned to the border town in March, and hotels filled up within a month.",
    zh: "三月，夜班列车重新开到边境小城。不到一个月，酒店就住满了。",
    gold: [[[0], [0, 1]]],
  },
  {
    en: "Prosecutors charged 23,000 people. That was 2.8 times the number a year earlier.",
    zh: "检察机关起诉了2.3万人，是前一年的2.8倍。",
    gold: [[[0, 1], [0]]],
  },
  {
    en: "The survey counted 41 kinds of birds. Volunteers walked the river at dawn. (Photo: Sample Desk)",
    zh: "调查共记录到41种鸟类。志愿者们在黎明时沿河步行。",
    gold: [
      [[0], [0]],
      [[1], [1]],
      [[2], []],
    ],
  },
  {
    en: "Tea farmers sell on livestreams. Orders arrive from across the country.",
    zh: "茶农通过直播卖茶。全国各地的订单纷至沓来。这在五年前是难以想象的。",
    gold: [
      [[0], [0]],
      [[1], [1]],
      [[], [2]],
    ],
  },
  {
    en: "Mr. Zhang runs the cargo bike company. He started it in 2019 with three bikes. Today it has 60.",
    zh: "张先生经营这家货运自行车公司。他在2019年用三辆自行车起家，如今已有60辆。",
    gold: [
      [[0], [0]],
      [[1, 2], [1]],
    ],
  },
  {
    en: "The race starts at 7 a.m. on Sunday. Wheelchair athletes set off first, five minutes ahead of the runners.",
    zh: "比赛于周日早上7点开始。轮椅运动员先出发。他们比跑步的选手早五分钟。",
    gold: [
      [[0], [0]],
      [[1], [1, 2]],
    ],
  },
  {
    en: "Readers can see both languages at once. Many learners say this helps. Teachers agree.",
    zh: "读者可以同时看到两种语言。许多学习者说这很有帮助。老师们也同意。",
    gold: [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ],
  },
  {
    en: "Fraud gangs recruited students to sell their bank cards. Some were paid a few hundred yuan.",
    zh: "诈骗团伙招募学生出售自己的银行卡，有些人只拿到几百元。",
    gold: [[[0, 1], [0]]],
  },
  {
    en: "The court gave each man a one-year suspended sentence.",
    zh: "法院判处两人各一年有期徒刑，缓期执行。同时宣告两年缓刑考验期。",
    gold: [[[0], [0, 1]]],
  },
  {
    en: "Water levels were low this year. The bird count fell by a third. Experts blame the dry summer.",
    zh: "今年水位很低。鸟类数量减少了三分之一。专家认为原因是夏季干旱。",
    gold: [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ],
  },
  {
    en: "Library staff repair the instruments themselves. A retired teacher gives free lessons on Saturdays. The waiting list is long.",
    zh: "图书馆员工自己修理乐器。一位退休教师每周六免费授课。",
    gold: [
      [[0], [0]],
      [[1], [1]],
      [[2], []],
    ],
  },
];

const key = (bead: { en: number[]; zh: number[] }) => `${bead.en.join(",")}|${bead.zh.join(",")}`;

describe("alignSentences", () => {
  it("aligns sentences of known pairs, uneven ones included, and prints its accuracy", () => {
    let right = 0;
    let total = 0;
    const misses: string[] = [];
    for (const pair of PAIRS) {
      const found = new Set(alignSentences(pair.en, pair.zh).alignment.beads.map(key));
      for (const [enIds, zhIds] of pair.gold) {
        total += 1;
        if (found.has(key({ en: enIds, zh: zhIds }))) right += 1;
        else
          misses.push(
            `${pair.en.slice(0, 40)}…: expected ${key({ en: enIds, zh: zhIds })}, got ${[...found].join(" ")}`,
          );
      }
    }
    const accuracy = right / total;
    console.log(
      `sentence aligner: ${right} of ${total} beads right (${(accuracy * 100).toFixed(1)}%) on ${PAIRS.length} pairs` +
        (misses.length > 0 ? `\n  ${misses.join("\n  ")}` : ""),
    );
    // The learning layer's own aligner, before it was replaced by this one, scored 24 of 25.
    expect(right).toBeGreaterThanOrEqual(24);
  });

  it("gives each sentence's place in the paragraph's text", () => {
    const en = "Tea farmers sell on livestreams.  Orders arrive from across the country.";
    const zh = "茶农通过直播卖茶。全国各地的订单纷至沓来。";
    const { english, chinese, ranges } = alignSentences(en, zh);
    expect(ranges.en.map(({ start, end }) => en.slice(start, end))).toEqual(english);
    expect(ranges.en[1]).toEqual({ start: 34, end: en.length });
    expect(ranges.zh.map(({ start, end }) => zh.slice(start, end))).toEqual(chinese);
  });

  it("leaves every sentence of a side unpaired when the other side is empty", () => {
    const { beads } = alignSentences("One. Two.", "").alignment;
    expect(beads.map(({ en, zh }) => ({ en, zh }))).toEqual([
      { en: [0], zh: [] },
      { en: [1], zh: [] },
    ]);
  });
});
