import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import { JsonLd } from "@/components/layout/JsonLd";
import { PageFrame } from "@/components/layout/PageFrame";
import { PageHead } from "@/components/layout/PageHead";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { ArticleView } from "@/components/reader/ArticleView";
import { translate } from "@/i18n/messages";
import { locales } from "@/i18n/routing";
import { getArticle, getArticles } from "@/lib/content/load";
import { newsArticleJsonLd, readingPageMetadata } from "@/lib/metadata";
import {
  localeParam,
  readingPageProps,
  type ReadingPageProps,
  readingArticle,
  type ReadingArticle,
} from "@/lib/reading-pages";
import { paths } from "@/lib/site";

// Static HTML with no framework runtime: lib/reading-pages.ts says why (a literal: Next reads it as is).
export const config: PageConfig = { unstable_runtimeJS: false, runtime: "nodejs" };

interface Props extends ReadingPageProps {
  article: ReadingArticle;
}

// Every article, in every locale, is rendered at build time; any other slug is a 404 (proxy.ts).
export const getStaticPaths: GetStaticPaths = () => ({
  paths: locales.flatMap((locale) =>
    getArticles().map(({ slug }) => ({ params: { locale, slug } })),
  ),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props> = ({ params }) => {
  const locale = localeParam(params);
  const article = typeof params?.slug === "string" ? getArticle(params.slug) : undefined;
  if (!locale || !article) return { notFound: true };
  return { props: { ...readingPageProps(locale), article: readingArticle(article, locale) } };
};

export default function ArticlePage({ locale, islands, article }: Props) {
  const meta = translate(locale, "Metadata");
  return (
    <PageFrame locale={locale} islands={islands}>
      <PageHead locale={locale} metadata={readingPageMetadata(locale, article)} />
      <SiteHeader locale={locale} path={paths.article(article.slug)} />
      <main id="main">
        <ArticleView article={article} locale={locale} />
      </main>
      <JsonLd data={newsArticleJsonLd(locale, article, meta("siteName"))} />
    </PageFrame>
  );
}
