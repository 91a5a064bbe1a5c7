import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";

export type ReadAloudLabels = Record<
  "region" | "readingEn" | "readingZh" | "pause" | "resume" | "stop" | "readOn",
  string
>;

/** Translated labels for a page's read-aloud: its pairs' buttons and the reading bar. */
export function readAloudSetup(locale: Locale) {
  const t = translate(locale, "ReadAloud");
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
