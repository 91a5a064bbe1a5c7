/**
 * Readings that a word's neighbours decide, applied after each word has its own reading (CC-CEDICT,
 * the polyphone model, pinyin-pro) and before an article's own `readings:`. Each rule names the
 * pattern a learner meets and the reading the 现代汉语词典 gives it; each has a unit test in
 * pinyin.test.ts. The list, with why: docs/learning.md, "Polyphone rules".
 */
import { lookUp } from "./dictionary";
import { wordTag } from "./frequency";
import { isHanWord } from "@/lib/text";

type Rule = (tokens: string[], readings: string[], index: number) => void;

/** Applies every rule to every token, in order. `readings` holds tone-number syllables, one per character. */
export function applyPolyphoneRules(tokens: string[], readings: string[]): void {
  for (const rule of RULES) tokens.forEach((_, index) => rule(tokens, readings, index));
}

/** 数了数 shǔ le shǔ, 看一看 kàn yi kàn, 尝尝 cháng chang: a verb said twice is read as the verb both times. */
const reduplicatedVerb: Rule = (tokens, readings, index) => {
  const verb = tokens[index]!;
  if (!isSingleHan(verb)) return;
  const middle = tokens[index + 1];
  const again = tokens[index + 2] ?? "";
  // The second may start a word of its own (量了量体温: 量 了 量体温).
  if ((middle === "了" || middle === "一") && firstChar(again) === verb) {
    const reading = verbReading(verb) ?? readings[index]!;
    readings[index] = reading;
    const rest = readings[index + 2]!.split(" ").slice(1);
    readings[index + 2] = [reading, ...rest].join(" ");
    // 看一看: the 一 between is unstressed (kàn yi kàn).
    if (middle === "一") readings[index + 1] = "yi5";
    return;
  }
  // 尝尝, 想想: the second is in the neutral tone; only for verbs that are said twice to mean "a little"
  // (not 常常, 天天, nor 咳咳, 闷闷, which CPP's dev split shows).
  if (middle === verb && DOUBLED_VERBS.includes(verb) && tokens[index - 1] !== verb) {
    const reading = verbReading(verb) ?? readings[index]!;
    readings[index] = reading;
    readings[index + 1] = neutral(reading);
  }
};

const DOUBLED_VERBS =
  "看想试听说走问等谈讲读写找逛聊查尝数玩坐歇洗擦练猜算摸闻抱帮教劝摇动转比量改商学";

/** 还得上, 还不起, 还清: 还 before a result of paying back is the verb huán, and 得 there is de. */
const repay: Rule = (tokens, readings, index) => {
  if (tokens[index] !== "还") return;
  const next = tokens[index + 1];
  const after = firstChar(tokens[index + 2] ?? "");
  if ((next === "得" || next === "不") && "上起清完".includes(after) && after !== "") {
    readings[index] = "huan2";
    if (next === "得") readings[index + 1] = "de5";
  }
};

/**
 * 得 on its own: dé "to obtain" before 了 after a subject (她得了第一名), děi "must" between a subject
 * and a verb (你得早点回家, 我还得去), else de, the particle after a verb or an adjective (考得很好).
 */
const de: Rule = (tokens, readings, index) => {
  if (tokens[index] !== "得" || readings[index] === "de5") return;
  const previous = tokens[index - 1] ?? "";
  const next = tokens[index + 1] ?? "";
  if (!isHanWord(next)) return;
  const subject =
    previous === "" || !isHanWord(previous) || /^(?:r|nr|n$|f|t|ns)/.test(wordTag(previous));
  if (next === "了" || next === "到") {
    if (subject) readings[index] = "de2";
    return;
  }
  const mustAfter = subject || ["还", "也", "就", "都", "总", "可", "又"].includes(previous);
  if (mustAfter && /^(?:v|d|p)/.test(wordTag(next))) {
    readings[index] = "dei3";
    return;
  }
  if (isHanWord(previous) && !subject) readings[index] = "de5";
};

/** 高兴地唱歌, 认真地学习: 地 after a description and before what it describes is the particle de. */
const adverbialDe: Rule = (tokens, readings, index) => {
  if (tokens[index] !== "地") return;
  const previous = tokens[index - 1] ?? "";
  const next = tokens[index + 1] ?? "";
  if (!isHanWord(previous) || !isHanWord(next) || [...previous].length < 2) return;
  if (/^(?:a|b|d|i|l|z)/.test(wordTag(previous)) || /^(.)\1/u.test(previous))
    readings[index] = "de5";
};

/** 穿着一件红衣服: a verb with 着 before what follows it is the verb and the particle zhe, not 穿着 chuānzhuó "attire". */
const ongoingZhe: Rule = (tokens, readings, index) => {
  const token = tokens[index]!;
  const chars = [...token];
  if (chars.length !== 2 || chars[1] !== "着" || !isHanWord(tokens[index + 1] ?? "")) return;
  const syllables = readings[index]!.split(" ");
  if (syllables[1] === "zhe5" || !wordTag(chars[0]!).match(/^(?:v|zg)/)) return;
  if (!/^(?:m|r|n|a|q)/.test(wordTag(tokens[index + 1]!))) return;
  readings[index] = `${syllables[0]} zhe5`;
};

/** 还是: hái shì, with its full tone (CC-CEDICT prints hái shi). */
const haishi: Rule = (tokens, readings, index) => {
  if (tokens[index] === "还是") readings[index] = "hai2 shi4";
};

/**
 * 为: wéi "as" after a verb of naming or choosing and its object (选他为班长, 改为); wèi "for" before
 * whom something is done and the deed (为人民服务).
 */
const wei: Rule = (tokens, readings, index) => {
  if (tokens[index] !== "为") return;
  const before = [tokens[index - 1] ?? "", tokens[index - 2] ?? ""];
  if (before.some((token) => NAMING_VERBS.has(token))) {
    readings[index] = "wei2";
    return;
  }
  const next = tokens[index + 1] ?? "";
  const after = tokens[index + 2] ?? "";
  if (isHanWord(next) && /^(?:r|n)/.test(wordTag(next)) && /^v/.test(wordTag(after)))
    readings[index] = "wei4";
};

const NAMING_VERBS = new Set(
  "选 选举 推选 推举 评 称 视 立 封 任命 聘 聘请 奉 尊 拜 改 定 列 划 分 译 命名 指定 当选 升 降 贬".split(
    " ",
  ),
);

/** 长得很快: 长 before 得 is the verb zhǎng "to grow"; 很长, 多长: after a word of degree it is the adjective cháng. */
const chang: Rule = (tokens, readings, index) => {
  if (tokens[index] !== "长") return;
  if (tokens[index + 1] === "得") readings[index] = "zhang3";
  else if (DEGREE.has(tokens[index - 1] ?? "")) readings[index] = "chang2";
};

const DEGREE = new Set("很 太 真 非常 特别 比较 更 最 多 好 这么 那么 不 挺 较 越来越".split(" "));

/** 教我们唱歌: 教 on its own before whom or what is taught is jiāo (jiào is the bound form: 教育, 宗教). */
const teach: Rule = (tokens, readings, index) => {
  if (tokens[index] !== "教" || !isHanWord(tokens[index + 1] ?? "")) return;
  if (/^(?:r|n|v)/.test(wordTag(tokens[index + 1]!))) readings[index] = "jiao1";
};

/**
 * Verb and object: 种花, 种种子 zhòng; 弹钢琴, 弹了一首曲子 tán. On its own before a noun, or before 了, 过
 * or 着, the character is the verb, not the noun (种 zhǒng "kind", 弹 dàn "bullet"). After a numeral or
 * a demonstrative it is a measure word (这种 zhǒng), which is left alone.
 */
const verbBeforeObject: Rule = (tokens, readings, index) => {
  const reading = OBJECT_VERBS[tokens[index]!];
  if (!reading) return;
  const previous = lastChar(tokens[index - 1] ?? "");
  if (/[0-9一二两三四五六七八九十百千万几这那每各某哪此该多]/.test(previous)) return;
  const next = tokens[index + 1] ?? "";
  if (!isHanWord(next)) return;
  if (/^n/.test(wordTag(next)) || ["了", "过", "着"].includes(next)) readings[index] = reading;
};

/** Characters read as a verb before an object; the polyphone model reads them as nouns in short sentences. */
const OBJECT_VERBS: Record<string, string> = { 种: "zhong4", 弹: "tan2" };

/** 东西: dōng xi "thing", unless it names directions (东西走向, 南北东西). */
const thing: Rule = (tokens, readings, index) => {
  if (tokens[index] !== "东西") return;
  const next = tokens[index + 1] ?? "";
  const previous = tokens[index - 1] ?? "";
  if (/^(?:走向|方向|两|长|宽|向|横|之间|南北)/.test(next) || /(?:南北|横贯|横跨)$/.test(previous))
    readings[index] = "dong1 xi1";
  else readings[index] = "dong1 xi5";
};

/** 多少钱: duō shao "how many" before what is counted or at a question's end; duō shǎo "more or less" before a verb. */
const howMany: Rule = (tokens, readings, index) => {
  if (tokens[index] !== "多少") return;
  const next = tokens[index + 1] ?? "";
  readings[index] =
    isHanWord(next) && /^(?:v|d|p|c)/.test(wordTag(next)) && next !== "是"
      ? "duo1 shao3"
      : "duo1 shao5";
};

const RULES: Rule[] = [
  reduplicatedVerb,
  repay,
  de,
  adverbialDe,
  ongoingZhe,
  haishi,
  wei,
  chang,
  teach,
  verbBeforeObject,
  thing,
  howMany,
];

/** The reading of a one-character word whose glosses are mostly verbs ("to count"), if exactly one is. */
function verbReading(char: string): string | undefined {
  const entries = lookUp(char).filter((entry) => !entry.proper && !entry.pinyin.includes(" "));
  const verbs = entries.filter((entry) => verbShare(entry.meanings) >= 0.5);
  const readings = [...new Set(verbs.map((entry) => entry.pinyin))];
  return readings.length === 1 ? readings[0] : undefined;
}

/** The share of a reading's glosses that are verbs ("to …"). */
export function verbShare(meanings: string[]): number {
  const glosses = meanings.flatMap((meaning) => meaning.split(/;\s*/));
  return (
    glosses.filter((gloss) => /^(?:\([^)]*\)\s*)?to /.test(gloss)).length /
    Math.max(1, glosses.length)
  );
}

const neutral = (syllable: string) => syllable.replace(/[1-5]$/, "5");
const isSingleHan = (token: string) => isHanWord(token) && [...token].length === 1;
const firstChar = (text: string) => [...text][0] ?? "";
const lastChar = (text: string) => [...text].at(-1) ?? "";
