import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { assets } from "@/lib/assets";
import type { LocalizedArticle } from "@/lib/content/localize";
import type { LearningToolsLabels } from "./LearningTools";
import type { LayerConfig } from "@/lib/learning/client/layer";

/** What the learning toolbar of an article (or pair) page needs: its strings and where the study data is. */
export function learningProps(
  locale: Locale,
  article: LocalizedArticle,
): { labels: LearningToolsLabels; layer: LayerConfig } {
  const t = translate(locale, "Learning");
  return {
    labels: {
      label: t("label"),
      pinyin: t("pinyin"),
      hideEnglish: t("hideEnglish"),
      hideChinese: t("hideChinese"),
      revealAll: t("revealAll"),
      revealEnglish: t.raw("revealEnglish") as string,
      revealChinese: t.raw("revealChinese") as string,
    },
    layer: {
      src: assets.study(locale, article.slug),
      slug: article.slug,
      title: locale === "en" ? article.title.en : article.title.zh,
      labels: {
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
      },
    },
  };
}
