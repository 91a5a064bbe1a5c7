import type { Metadata } from "next";
import { rawMessages, translate } from "@/i18n/messages";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { type ReviewLabels, ReviewSession } from "@/components/review/ReviewSession";
import { pageLocale } from "@/i18n/page-locale";
import { usesTraditional } from "@/i18n/routing";
import { pageAlternates } from "@/lib/metadata";
import { localizedPath, paths } from "@/lib/site";

type Props = PageProps<"/[locale]/review">;

const LABELS = [
  "progress",
  "show",
  "showHelp",
  "gradeHelp",
  "again",
  "hard",
  "good",
  "easy",
  "days",
  "oneDay",
  "context",
  "from",
  "doneTitle",
  "doneCount",
  "nextOn",
  "nothingDue",
  "emptyTitle",
  "emptyHelp",
  "emptyLink",
  "notebookLink",
  "storageFailed",
  "dismiss",
  "reset",
  "migrated",
  "dropped-entries",
] as const satisfies readonly (keyof ReviewLabels)[];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translate(locale, "ReviewPage");
  return {
    title: t("title"),
    description: t("intro"),
    alternates: pageAlternates(locale, paths.review()),
    // Each browser has its own saved words: the crawled page is the same empty one everywhere.
    robots: { index: false, follow: true },
  };
}

/** Static: the words and their schedules live in the reader's browser (lib/vocabulary). */
export default async function ReviewPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translate(locale, "ReviewPage");
  // Placeholders ({n}, {days}, {date}) are filled in the browser, so read the messages raw.
  const labels: ReviewLabels = rawMessages(locale, "ReviewSession", LABELS);

  return (
    <>
      <SiteHeader locale={locale} path={paths.review()} />
      <main id="main" className="mx-auto max-w-2xl px-4 pt-8 leading-relaxed">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-4 text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
        <ReviewSession
          locale={locale}
          labels={labels}
          homeHref={localizedPath(locale, paths.home())}
          notebookHref={localizedPath(locale, paths.vocabulary())}
          zhLang={usesTraditional(locale) ? "zh-Hant" : "zh-Hans"}
        />
      </main>
    </>
  );
}
