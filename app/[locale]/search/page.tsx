import type { Metadata } from "next";
import { rawMessages, translate } from "@/i18n/messages";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { type SearchResultsLabels, SearchResults } from "@/components/search/SearchResults";
import { pageLocale } from "@/i18n/page-locale";
import { SECTIONS } from "@/lib/content/types";
import { pageAlternates } from "@/lib/metadata";
import { localizedPath, paths } from "@/lib/site";

type Props = PageProps<"/[locale]/search">;

const LABELS = [
  "label",
  "placeholder",
  "submit",
  "hint",
  "searching",
  "count",
  "none",
  "more",
  "failed",
  "pair",
] as const satisfies readonly (keyof SearchResultsLabels)[];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translate(locale, "SearchPage");
  return {
    title: t("title"),
    description: t("intro"),
    alternates: pageAlternates(locale, paths.search()),
    // Results depend on the query, read in the browser: the crawled page is an empty form.
    robots: { index: false, follow: true },
  };
}

/** Static: the results come from the static index (docs/search.md), searched in the browser. */
export default async function SearchPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translate(locale, "SearchPage");
  const sections = translate(locale, "Sections");
  // Placeholders ({count}, {query}) are filled in the browser, so read the messages raw.
  const labels: SearchResultsLabels = rawMessages(locale, "SearchResults", LABELS);

  return (
    <>
      <SiteHeader locale={locale} path={paths.search()} />
      <main id="main" className="mx-auto max-w-3xl px-4 pt-8 leading-relaxed">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <SearchResults
          locale={locale}
          labels={labels}
          sections={Object.fromEntries(SECTIONS.map((section) => [section, sections(section)]))}
          action={localizedPath(locale, paths.search())}
          articleBase={localizedPath(locale, paths.article(""))}
        />
      </main>
    </>
  );
}
