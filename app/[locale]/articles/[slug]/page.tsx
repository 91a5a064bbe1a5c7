import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { ArticleView } from "@/components/reader/ArticleView";
import { isLocale } from "@/i18n/routing";
import { getArticle, getArticles } from "@/lib/content/load";
import { localizeArticle } from "@/lib/content/localize";
import { JsonLd } from "@/components/layout/JsonLd";
import {
  articleCardPath,
  bilingualTitle,
  newsArticleJsonLd,
  pageAlternates,
  shareMetadata,
} from "@/lib/metadata";
import { paths } from "@/lib/site";

// Every article, in every locale, is rendered at build time; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map(({ slug }) => ({ slug }));
}

type Props = PageProps<"/[locale]/articles/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const stored = getArticle(slug);
  if (!isLocale(locale) || !stored) return {};
  const article = localizeArticle(stored, locale);
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  const sections = await getTranslations({ locale, namespace: "Sections" });
  const title = bilingualTitle(locale, article.title);
  return {
    ...shareMetadata({
      locale,
      article,
      title,
      description: locale === "en" ? article.summary.en : article.summary.zh,
      path: paths.article(slug),
      card: { path: articleCardPath(locale, article), alt: title },
      siteName: meta("siteName"),
      sectionName: sections(article.section),
    }),
    alternates: pageAlternates(locale, paths.article(slug)),
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!isLocale(locale) || !article) notFound();
  setRequestLocale(locale);
  const localized = localizeArticle(article, locale);
  const meta = await getTranslations({ locale, namespace: "Metadata" });

  return (
    <>
      <SiteHeader locale={locale} path={paths.article(slug)} />
      <main id="main">
        <ArticleView article={localized} locale={locale} />
      </main>
      <JsonLd data={newsArticleJsonLd(locale, localized, meta("siteName"))} />
    </>
  );
}
