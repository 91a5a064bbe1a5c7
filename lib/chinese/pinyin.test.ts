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

describe("polyphone rules (lib/chinese/polyphone-rules.ts, docs/learning.md)", () => {
  const read = (text: string) => toneMarks(hanSyllables(text).join(" "));

  it("reads a verb said twice as the verb, the second of a pair in the neutral tone", () => {
    expect(read("他数了数钱。")).toBe("tā shǔ le shǔ qián");
    expect(read("看一看")).toBe("kàn yi kàn");
    expect(read("你尝尝这个菜。")).toBe("nǐ cháng chang zhè ge cài");
    expect(read("他量了量体温。")).toBe("tā liáng le liáng tǐ wēn");
  });

  it("reads 还 before a result of paying back as huán, with 得 as de", () => {
    expect(read("我借的钱明年还得上。")).toBe("wǒ jiè de qián míng nián huán de shàng");
    expect(read("还不起")).toBe("huán bù qǐ");
  });

  it("reads 得 as dé, děi or de by its neighbours", () => {
    expect(read("她在比赛中得了第一名。")).toBe("tā zài bǐ sài zhōng dé le dì yī míng");
    expect(read("你得早点回家。")).toBe("nǐ děi zǎo diǎn huí jiā");
    expect(read("他考得很好。")).toBe("tā kǎo de hěn hǎo");
    expect(read("你说得对。")).toBe("nǐ shuō de duì");
  });

  it("reads 地 after a description as de", () => {
    expect(read("孩子们高兴地唱歌。")).toBe("hái zi men gāo xìng de chàng gē");
    expect(read("地上有很多落叶。")).toBe("dì shang yǒu hěn duō luò yè");
  });

  it("reads 着 after a verb and before its object as zhe", () => {
    expect(read("她穿着一件红衣服。")).toBe("tā chuān zhe yí jiàn hóng yī fu");
  });

  it("reads 还是 hái shì, with the full tone", () => {
    expect(read("你喝茶还是喝咖啡？")).toBe("nǐ hē chá hái shì hē kā fēi");
  });

  it("reads 为 as wéi after a verb of choosing and wèi before a beneficiary and a deed", () => {
    expect(read("大家选他为班长。")).toBe("dà jiā xuǎn tā wéi bān zhǎng");
    expect(read("他为人民服务。")).toBe("tā wèi rén mín fú wù");
  });

  it("reads 长 as zhǎng before 得 and cháng after a word of degree", () => {
    expect(read("孩子长得很快。")).toBe("hái zi zhǎng de hěn kuài");
    expect(read("她的头发很长。")).toBe("tā de tóu fa hěn cháng");
  });

  it("reads 教 on its own before whom it teaches as jiāo", () => {
    expect(read("老师教我们唱歌。")).toBe("lǎo shī jiāo wǒ men chàng gē");
  });

  it("reads 种 and 弹 before an object as verbs, and splits 种种子 as sowing seeds", () => {
    expect(read("她喜欢弹钢琴。")).toBe("tā xǐ huan tán gāng qín");
    expect(read("他弹了一首曲子。")).toBe("tā tán le yì shǒu qǔ zi");
    expect(segmentChinese("农民种种子")).toEqual(["农民", "种", "种子"]);
    expect(read("农民开始种种子。")).toBe("nóng mín kāi shǐ zhòng zhǒng zi");
    expect(read("他在院子里种花。")).toBe("tā zài yuàn zi lǐ zhòng huā");
    expect(read("这种花很好看。")).toBe("zhè zhǒng huā hěn hǎo kàn");
  });

  it("reads 东西 as a thing and 多少 as a question by their neighbours", () => {
    expect(read("这个东西很便宜。")).toBe("zhè ge dōng xi hěn pián yi");
    expect(read("这些苹果一共多少钱？")).toBe("zhè xiē píng guǒ yí gòng duō shao qián");
  });

  it("changes the tone of 一 inside a word too, but not after a word ending in it", () => {
    expect(read("他差一点迟到了。")).toBe("tā chà yì diǎn chí dào le");
    expect(read("统一战线")).toBe("tǒng yī zhàn xiàn");
  });

  it("reads a polyphone the rules leave open with the polyphone model", () => {
    // pinyin-pro alone reads these yuàn, zǎn and xū.
    expect(read("他的名字叫王媛。")).toBe("tā de míng zi jiào wáng yuán");
    expect(read("四角攒尖顶")).toBe("sì jiǎo cuán jiān dǐng");
    expect(read("他们住在徐圩。")).toBe("tā men zhù zài xú wéi");
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
