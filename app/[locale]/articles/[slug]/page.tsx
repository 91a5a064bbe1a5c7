import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { ArticleView } from "@/components/reader/ArticleView";
import { isLocale } from "@/i18n/routing";
import { getArticle, getArticles } from "@/lib/content/load";
import { localizeArticle } from "@/lib/content/localize";
import { pageAlternates } from "@/lib/metadata";
import { paths } from "@/lib/site";

// Every article, in every locale, is rendered at build time; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map(({ slug }) => ({ slug }));
}

type Props = PageProps<"/[locale]/articles/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!isLocale(locale) || !article) return {};
  const { title, summary } = localizeArticle(article, locale);
  return {
    title: locale === "en" ? `${title.en} | ${title.zh}` : `${title.zh} | ${title.en}`,
    description: locale === "en" ? summary.en : summary.zh,
    alternates: pageAlternates(locale, paths.article(slug)),
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!isLocale(locale) || !article) notFound();
  setRequestLocale(locale);

  return (
    <>
      <SiteHeader locale={locale} path={paths.article(slug)} />
      <main id="main">
        <ArticleView article={localizeArticle(article, locale)} locale={locale} />
      </main>
    </>
  );
}
