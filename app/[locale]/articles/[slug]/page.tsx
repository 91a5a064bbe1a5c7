import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/layout/JsonLd";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { ArticleView } from "@/components/reader/ArticleView";
import { pageLocale } from "@/i18n/page-locale";
import { getArticle, getArticles } from "@/lib/content/load";
import { localizeArticle } from "@/lib/content/localize";
import { newsArticleJsonLd, readingPageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/site";

// Every article, in every locale, is rendered at build time; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map(({ slug }) => ({ slug }));
}

type Props = PageProps<"/[locale]/articles/[slug]">;

async function load({ params }: Props) {
  const locale = await pageLocale(params);
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return { locale, article: localizeArticle(article, locale) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, article } = await load(props);
  return readingPageMetadata(locale, article);
}

export default async function ArticlePage(props: Props) {
  const { locale, article } = await load(props);
  const meta = await getTranslations({ locale, namespace: "Metadata" });

  return (
    <>
      <SiteHeader locale={locale} path={paths.article(article.slug)} />
      <main id="main">
        <ArticleView article={article} locale={locale} />
      </main>
      <JsonLd data={newsArticleJsonLd(locale, article, meta("siteName"))} />
    </>
  );
}
