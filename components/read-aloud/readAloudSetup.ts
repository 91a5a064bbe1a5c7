import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { ReadAloudLabels } from "./ReadAloud";

/** The article's study data (sentence map included), served at build time by app/study. */
export function studyDataPath(slug: string, zhLang: "zh-Hans" | "zh-Hant"): string {
  return `/study/${zhLang === "zh-Hant" ? "hant" : "hans"}/${slug}.json`;
}

/** Translated labels for a page's read-aloud: its pairs' buttons and the reading bar. */
export async function readAloudSetup(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "ReadAloud" });
  const labels: ReadAloudLabels = {
    region: t("region"),
    // {n} is filled in the browser, with the pair being read.
    readingEn: t.raw("readingEn") as string,
    readingZh: t.raw("readingZh") as string,
    pause: t("pause"),
    resume: t("resume"),
    stop: t("stop"),
    readOn: t("readOn"),
  };
  return {
    labels,
    buttonLabels: (n: number) => ({
      en: t("playEn", { n }),
      zh: t("playZh", { n }),
      enShort: t("enShort"),
      zhShort: t("zhShort"),
    }),
  };
}
