import { blockLanguage, collapse, findDate, HAN_SCRIPT, hanCount, latinCount } from "@/lib/text";
import { splitBilingualTitle } from "./text";

/**
 * Lines of a bilingual page that are not article text, recognised by what they are rather than
 * where they sit: credits, captions, keyword and glossary lines, SEO labels. Each comes with the
 * reason printed in the import report (nothing is left out silently).
 */

const CREDIT_ZH =
  /^[（(]?\s*(参考来源|英文来源|中文来源|来源|原文来源|翻译|译者|编译|编辑|责编|责任编辑|审校|校对|图片来源|图片|图源|摄影|记者|作者|出品|策划|供图|Source|Translator)\s*[:：]/iu;
const CREDIT_EN =
  /^[(（]?\s*(photo|photos|image|images|picture|pictures|illustration|video)\s*(by|credit|courtesy|source)\b|^[(（]?\s*(credit|credits|source|sources|translated by|translator|translation|edited by|editor|reporter|written by|by)\s*[:：]/iu;
const CAPTION =
  /^[(（]\s*(photo|图|图片|摄)\s*[:：/／]|^(图为|图：|图\/|▲|△|↑|上图|下图|资料图|file photo\b|pictured\b|above\b[:：])/iu;
const SEO_LABEL = /^(标签|关键词|关键字|tags?|keywords?|相关阅读|推荐阅读|延伸阅读)\s*[:：]/iu;
/** Part-of-speech marks of a glossary entry: "drought – n. a long period without rain". */
const GLOSSARY =
  /^[A-Za-z][A-Za-z\s'’-]{0,40}?(\s*\/[^/]{1,40}\/)?\s*[-–—:：]?\s*\(?(n|v|vt|vi|adj|adv|prep|conj|pron|phr|phrase|idm|abbr)\.\)?\s/u;
const IPA = /^[A-Za-z][A-Za-z\s'’-]{0,40}\s*\/[^/]{1,40}\/|\[[ˈˌəɪʊæʌɔθðŋʃʒː]/u;

/** Headings after which a page lists vocabulary or links, not article text. */
export const END_MATTER =
  /^[【[]?\s*(words in this story|words in the news|vocabulary|key words|keywords|glossary|related|related stories|read more|重点词汇|词汇|生词|相关词汇|相关阅读|推荐阅读|延伸阅读|词汇表|知识点)\s*[】\]]?\s*[:：]?$/iu;

/** A line that is a heading inside the story: 【bracketed】, or the end-matter headings. */
export function isHeadingLine(text: string): boolean {
  const line = collapse(text);
  return /^【[^】]{1,30}】$/u.test(line) || END_MATTER.test(line);
}

/** A Chinese term and its English gloss, either way round (the Han class from lib/text). */
const ZH_FIRST_KEYWORD = new RegExp(
  `^[${HAN_SCRIPT}·]{1,15}\\s*[:：/／|-]?\\s*[A-Za-z][A-Za-z\\s'’,-]{1,50}$`,
  "u",
);
const EN_FIRST_KEYWORD = new RegExp(
  `^[A-Za-z][A-Za-z\\s'’,-]{1,50}\\s*[:：/／|-]?\\s*[${HAN_SCRIPT}·]{1,15}$`,
  "u",
);

/**
 * A keyword line, "气候变化 climate change" or "climate change：气候变化": a short term in each
 * language and no sentence.
 */
function isKeywordLine(line: string): boolean {
  if (line.length > 60 || /[。！？.!?]$/u.test(line)) return false;
  return ZH_FIRST_KEYWORD.test(line) || EN_FIRST_KEYWORD.test(line);
}

/** A term on its own: a few words with no sentence mark, too short to be a paragraph. */
function isBareTerm(line: string): boolean {
  if (/[。！？!?.，,；;：:”"」]$/u.test(line)) return false;
  const language = blockLanguage(line);
  if (language === "zh") return hanCount(line) <= 8 && !/[，。]/u.test(line);
  return language === "en" && line.split(/\s+/).length <= 3 && latinCount(line) <= 30;
}

/** "BEIJING, May 6 (Xinhua) --": where and when, before the story starts. */
const DATELINE = /^[A-Z][A-Z .'’-]{2,},?\s+[^()]{0,30}\(([^()]{1,40})\)\s*(--|—|–|:)?\s*$/u;

/** Why a line is not article text, or undefined when it may be. */
export function junkLineReason(text: string): string | undefined {
  const line = collapse(text);
  if (DATELINE.test(line)) return "dateline";
  if (findDate(line) !== undefined && line.replace(/[\d\s年月日,./:-]/gu, "").length <= 12)
    return "date line";
  if (CREDIT_ZH.test(line) || CREDIT_EN.test(line)) return "credit line";
  if (CAPTION.test(line)) return "photo caption";
  if (SEO_LABEL.test(line)) return "label or keyword list";
  if (GLOSSARY.test(line) || IPA.test(line)) return "glossary entry";
  if (isKeywordLine(line)) return "keyword line (a term in both languages)";
  const bilingual = splitBilingualTitle(line);
  if (bilingual && !/[。！？.!?]["”’」]?$/u.test(line) && line.length <= 120)
    return "bilingual heading";
  if (isBareTerm(line)) return "a term or label, not a paragraph";
  return undefined;
}
