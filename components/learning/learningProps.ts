import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { assets } from "@/lib/assets";
import type { LocalizedArticle } from "@/lib/content/localize";
import type { PairMarkLabels } from "@/islands/learning/pair-marks";
import type { PopoverLabels } from "@/islands/learning/popover";
import type { LearningToolsLabels } from "./LearningTools";

/**
 * What the learning features of an article (or pair) page need: the toolbar's strings, and the
 * attributes of the learning layer island (islands/learning/layer.ts) on the page's `.reading` root.
 */
export function learningProps(locale: Locale, article: LocalizedArticle) {
  const t = translate(locale, "Learning");
  const studyUrl = assets.study(locale, article.slug);
  const labels: LearningToolsLabels = {
    label: t("label"),
    pinyin: t("pinyin"),
    hideEnglish: t("hideEnglish"),
    hideChinese: t("hideChinese"),
    revealAll: t("revealAll"),
    colourWords: t("colourWords"),
    colourLevel: t("colourLevel"),
    colourLevelEn: t("colourLevelEn"),
    colourLevelOff: t("colourLevelOff"),
    hsk2: t.raw("hsk2") as string,
    revealEnglish: t.raw("revealEnglish") as string,
    revealChinese: t.raw("revealChinese") as string,
  };
  const popover: PopoverLabels & PairMarkLabels = {
    wordDialog: t.raw("wordDialog") as string,
    inContext: t("inContext"),
    simplified: t("simplified"),
    traditional: t("traditional"),
    byCharacter: t("byCharacter"),
    noMeaning: t("noMeaning"),
    baseForm: t("baseForm"),
    equivalents: t("equivalents"),
    inSentence: t("inSentence"),
    save: t("save"),
    saved: t("saved"),
    saveFailed: t("saveFailed"),
    close: t("close"),
    level: t("level"),
    cefr: t.raw("cefr") as string,
    hsk2: t.raw("hsk2") as string,
    cet4: t("cet4"),
    cet6: t("cet6"),
    marks: t("marks"),
    known: t("known"),
    learning: t("learning"),
    notebookReset: t("notebookReset"),
    markPair: t("markPair"),
    markPairNamed: t.raw("markPairNamed") as string,
    undoPair: t("undoPair"),
    undoPairNamed: t.raw("undoPairNamed") as string,
    pairMarked: t.raw("pairMarked") as string,
  };
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
