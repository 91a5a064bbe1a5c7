/**
 * What the reader picks in the browser and keeps in localStorage: the reading view, the colour
 * theme, pinyin over the Chinese and study mode (docs/learning.md). The boot script (components/layout/BootScript.tsx) applies both before first paint, so a
 * page never flashes the wrong view; client leaves change them afterwards.
 */

export const READING_VIEWS = ["bilingual", "parallel", "en", "zh"] as const;
export type ReadingView = (typeof READING_VIEWS)[number];
export const DEFAULT_VIEW: ReadingView = "bilingual";

export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** Pinyin over the Chinese: shown or not. */
export const PINYIN_SETTINGS = ["on", "off"] as const;
export type PinyinSetting = (typeof PINYIN_SETTINGS)[number];

/** Study mode: off, or which language it hides (learners of Chinese hide the English, and the reverse). */
export const STUDY_SETTINGS = ["off", "en", "zh"] as const;
export type StudySetting = (typeof STUDY_SETTINGS)[number];

/** Words marked learning coloured in the text (docs/learning.md, "Known words"). */
export const COLOUR_SETTINGS = ["on", "off"] as const;
export type ColourSetting = (typeof COLOUR_SETTINGS)[number];

/**
 * Colour Chinese words above this HSK 3.0 level (1–6), or above an HSK 2.0 level (v2-1 … v2-5) for a
 * reader who learned by the old list, or "off".
 */
export const COLOUR_LEVELS = [
  "off",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "v2-1",
  "v2-2",
  "v2-3",
  "v2-4",
  "v2-5",
] as const;

/** Colour English words above this CEFR level (A1–C1), or "off". */
export const COLOUR_LEVELS_EN = ["off", "A1", "A2", "B1", "B2", "C1"] as const;

export const STORAGE_KEYS = {
  view: "reader.view",
  theme: "reader.theme",
  pinyin: "reader.pinyin",
  study: "reader.study",
  // Read by the learning-tools island, not the boot script: colouring needs the layer's word spans,
  // which never exist before first paint.
  colour: "reader.colour",
  colourLevel: "reader.colourLevel",
  colourLevelEn: "reader.colourLevelEn",
} as const;

/**
 * The boot script's source. It runs inline in <head>, before the body paints, so it is plain ES5
 * with no imports. `data-storage-reset` tells StorageNotice what it had to throw away.
 */
export function bootScriptSource(): string {
  const views = JSON.stringify(READING_VIEWS);
  const themes = JSON.stringify(THEMES);
  const keys = JSON.stringify(STORAGE_KEYS);
  const pinyin = JSON.stringify(PINYIN_SETTINGS);
  const study = JSON.stringify(STUDY_SETTINGS);
  return `(function(){var d=document.documentElement,V=${views},T=${themes},P=${pinyin},S=${study},K=${keys},reset=[];
function read(key,allowed){try{var v=localStorage.getItem(key);if(v===null||allowed.indexOf(v)>=0)return v;localStorage.removeItem(key);reset.push(key)}catch(e){}return null}
var q=null;try{q=new URLSearchParams(location.search).get("view")}catch(e){}
var v=read(K.view,V),t=read(K.theme,T),p=read(K.pinyin,P),s=read(K.study,S);
d.setAttribute("data-pinyin",p||"off");d.setAttribute("data-study",s||"off");
d.setAttribute("data-view",V.indexOf(q)>=0?q:v||"${DEFAULT_VIEW}");
d.setAttribute("data-theme",t||(window.matchMedia&&matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"));
if(reset.length)d.setAttribute("data-storage-reset",reset.join(" "))})()`.replace(/\n/g, "");
}
