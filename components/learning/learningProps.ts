import { rawMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { assets } from "@/lib/assets";
import type { LocalizedArticle } from "@/lib/content/localize";
import type { PairMarkLabels } from "@/islands/learning/pair-marks";
import type { PopoverLabels } from "@/islands/learning/popover";
import type { LearningToolsLabels } from "./LearningTools";

const TOOLS_LABELS = [
  "label",
  "pinyin",
  "hideEnglish",
  "hideChinese",
  "revealAll",
  "colourWords",
  "colourLevel",
  "colourLevelEn",
  "colourLevelOff",
  "hsk2",
  "revealEnglish",
  "revealChinese",
] as const satisfies readonly (keyof LearningToolsLabels)[];

const LAYER_LABELS = [
  "wordDialog",
  "inContext",
  "simplified",
  "traditional",
  "byCharacter",
  "noMeaning",
  "baseForm",
  "equivalents",
  "inSentence",
  "save",
  "saved",
  "saveFailed",
  "close",
  "level",
  "cefr",
  "hsk2",
  "cet4",
  "cet6",
  "marks",
  "known",
  "learning",
  "notebookReset",
  "markPair",
  "markPairNamed",
  "undoPair",
  "undoPairNamed",
  "pairMarked",
] as const satisfies readonly (keyof (PopoverLabels & PairMarkLabels))[];

/**
 * What the learning features of an article (or pair) page need: the toolbar's strings, and the
 * attributes of the learning layer island (islands/learning/layer.ts) on the page's `.reading` root.
 */
export function learningProps(locale: Locale, article: LocalizedArticle) {
  const studyUrl = assets.study(locale, article.slug);
  // Placeholders ({n}, {word}, {level}, {count}) are filled in the browser, so the messages are raw.
  const labels: LearningToolsLabels = rawMessages(locale, "Learning", TOOLS_LABELS);
  const popover: PopoverLabels & PairMarkLabels = rawMessages(locale, "Learning", LAYER_LABELS);
  return {
    tools: { labels, studyUrl },
    /** Spread on the IslandRoot of the page's `.reading` element. */
    layer: {
      name: "learning" as const,
      load: "interaction" as const,
      // Its code is fetched when the browser is idle: a phone's first tap must not wait for it.
      "data-warm": "idle",
      "data-src": studyUrl,
      "data-slug": article.slug,
      "data-title": locale === "en" ? article.title.en : article.title.zh,
      "data-labels": JSON.stringify(popover),
    },
  };
}
