import * as OpenCC from "opencc-js";

let converter: ((text: string) => string) | undefined;

/** Traditional forms an article pins in its front matter (`traditional:`), Simplified phrase → Traditional. */
export type TraditionalPins = Readonly<Record<string, string>>;

/**
 * Simplified → Traditional with Taiwan phrases (网络 → 網路, 软件 → 軟體), as OpenCC's cn → twp, except
 * where twp would put a word with another meaning (社区 → 社群, 程序 → 程式): PHRASE_RULES, then the
 * article's own pins, win over OpenCC. Runs at build time only: the dictionaries stay out of the browser.
 */
export function toTraditional(text: string, pins: TraditionalPins = {}): string {
  converter ??= OpenCC.Converter({ from: "cn", to: "twp" });
  const rules = { ...PHRASE_RULES, ...pins };
  const pattern = phrasePattern(rules);
  const converted = text
    .split(pattern)
    .map((piece, index) => (index % 2 === 1 ? rules[piece]! : converter!(piece)))
    .join("");
  return converted
    .replace(COUNTED_ZHI, "$1隻")
    .replace(/[“”‘’]/g, (mark) => TAIWAN_QUOTES[mark] ?? mark);
}

/**
 * Phrases OpenCC's Taiwan phrase table turns into words of another meaning in news text (its phrases
 * come from software vocabulary), with the Traditional form that keeps the meaning; and the software
 * phrases, longer, that keep Taiwan's software words. Why each: docs/traditional.md.
 */
export const PHRASE_RULES: Readonly<Record<string, string>> = {
  社区: "社區",
  程序: "程序",
  程序员: "程式設計師",
  应用程序: "應用程式",
  计算机程序: "電腦程式",
  电脑程序: "電腦程式",
  小程序: "小程式",
  程序设计: "程式設計",
  对象: "對象",
  类型: "類型",
  消息: "消息",
  设备: "設備",
  连接: "連接",
  发布: "發布",
  设置: "設置",
  保存: "保存",
  运行: "運行",
  支持: "支持",
  了如何: "了如何",
  比赛项目: "比賽項目",
  体育项目: "體育項目",
  运动项目: "運動項目",
  奥运项目: "奧運項目",
  参赛项目: "參賽項目",
};

const patterns = new Map<string, RegExp>();

/** One alternation of the phrases, longest first, capturing, so that `split` keeps them. */
function phrasePattern(rules: Readonly<Record<string, string>>): RegExp {
  const keys = Object.keys(rules).sort((a, b) => b.length - a.length);
  const id = keys.join("|");
  let pattern = patterns.get(id);
  if (!pattern) {
    pattern = new RegExp(
      `(${keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
      "u",
    );
    patterns.set(id, pattern);
  }
  return pattern;
}

/**
 * 只 after a number written in digits is the measure word 隻 (41200只 birds): OpenCC converts it
 * after Chinese numerals (两只 → 兩隻) but not after digits. Not before 是, 有, 能, 要 (3只是…).
 */
const COUNTED_ZHI = /([0-9０-９])只(?![是有能要会需])/gu;

/** Traditional text in Taiwan quotes with corner brackets: “…” → 「…」, ‘…’ → 『…』. */
const TAIWAN_QUOTES: Record<string, string> = { "“": "「", "”": "」", "‘": "『", "’": "』" };
