import type { Metadata } from "next";
import { translate } from "@/i18n/messages";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { VocabularyNotebook } from "@/components/vocabulary/VocabularyNotebook";
import { pageLocale } from "@/i18n/page-locale";
import { pageAlternates } from "@/lib/metadata";
import { paths } from "@/lib/site";

type Props = PageProps<"/[locale]/vocabulary">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translate(locale, "VocabularyPage");
  return {
    title: t("title"),
    description: t("intro"),
    alternates: pageAlternates(locale, paths.vocabulary()),
    // Each browser has its own notebook: the page a crawler sees is the same empty one everywhere.
    robots: { index: false, follow: true },
  };
}

export default async function VocabularyPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translate(locale, "VocabularyPage");

  return (
    <>
      <SiteHeader locale={locale} path={paths.vocabulary()} />
      <main id="main" className="mx-auto max-w-3xl px-4 pt-8 leading-relaxed">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-4 text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
        <VocabularyNotebook locale={locale} />
      </main>
    </>
  );
}
