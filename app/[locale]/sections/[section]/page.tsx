import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleList } from "@/components/articles/ArticleList";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { isLocale } from "@/i18n/routing";
import { getArticlesInSection } from "@/lib/content/load";
import { localizeArticle } from "@/lib/content/localize";
import { SECTIONS, type Section } from "@/lib/content/types";
import { pageAlternates } from "@/lib/metadata";
import { paths } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return SECTIONS.map((section) => ({ section }));
}

type Props = PageProps<"/[locale]/sections/[section]">;

function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section } = await params;
  if (!isLocale(locale) || !isSection(section)) return {};
  const t = await getTranslations({ locale, namespace: "SectionPage" });
  const name = (await getTranslations({ locale, namespace: "Sections" }))(section);
  return {
    title: t("title", { section: name }),
    description: t("description", { section: name }),
    alternates: pageAlternates(locale, paths.section(section)),
  };
}

export default async function SectionPage({ params }: Props) {
  const { locale, section } = await params;
  if (!isLocale(locale) || !isSection(section)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "SectionPage" });
  const name = (await getTranslations({ locale, namespace: "Sections" }))(section);
  const articles = getArticlesInSection(section).map((article) => localizeArticle(article, locale));

  return (
    <>
      <SiteHeader locale={locale} path={paths.section(section)} />
      <main id="main" className="mx-auto max-w-3xl px-4 pt-8">
        <h1 className="text-3xl font-bold tracking-tight">{t("title", { section: name })}</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          {t("description", { section: name })}
        </p>
        <ArticleList locale={locale} articles={articles} emptyText={t("empty")} />
      </main>
    </>
  );
}
