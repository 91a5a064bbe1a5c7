import { rawMessages, translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";

const LABELS = ["region", "readingEn", "readingZh", "pause", "resume", "stop", "readOn"] as const;

export type ReadAloudLabels = Record<(typeof LABELS)[number], string>;

/** Translated labels for a page's read-aloud: its pairs' buttons and the reading bar. */
export function readAloudSetup(locale: Locale) {
  const t = translate(locale, "ReadAloud");
  // {n} of readingEn and readingZh is filled in the browser, with the pair being read.
  const labels: ReadAloudLabels = rawMessages(locale, "ReadAloud", LABELS);
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
