import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/articles/ArticleList";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { pageLocale } from "@/i18n/page-locale";
import { getArticlesInSection } from "@/lib/content/load";
import { localizeArticle } from "@/lib/content/localize";
import { isSection, SECTIONS } from "@/lib/content/types";
import { pageAlternates } from "@/lib/metadata";
import { paths } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return SECTIONS.map((section) => ({ section }));
}

type Props = PageProps<"/[locale]/sections/[section]">;

async function load({ params }: Props) {
  const locale = await pageLocale(params);
  const { section } = await params;
  if (!isSection(section)) notFound();
  return { locale, section };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, section } = await load(props);
  const t = await getTranslations({ locale, namespace: "SectionPage" });
  const name = (await getTranslations({ locale, namespace: "Sections" }))(section);
  return {
    title: t("title", { section: name }),
    description: t("description", { section: name }),
    alternates: pageAlternates(locale, paths.section(section)),
  };
}

export default async function SectionPage(props: Props) {
  const { locale, section } = await load(props);
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
