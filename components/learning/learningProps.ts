import { getTranslations } from "next-intl/server";
import { type Locale, usesTraditional } from "@/i18n/routing";
import type { LocalizedArticle } from "@/lib/content/localize";
import type { LearningToolsLabels } from "./LearningTools";
import type { LayerConfig } from "@/lib/learning/client/layer";

/** What the learning toolbar of an article (or pair) page needs: its strings and where the study data is. */
export async function learningProps(
  locale: Locale,
  article: LocalizedArticle,
): Promise<{ labels: LearningToolsLabels; layer: LayerConfig }> {
  const t = await getTranslations({ locale, namespace: "Learning" });
  const script = usesTraditional(locale) ? "hant" : "hans";
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
      src: `/study/${script}/${article.slug}.json`,
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
