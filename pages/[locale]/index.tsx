import type { GetStaticProps, PageConfig } from "next";
import { ArticleList } from "@/components/articles/ArticleList";
import { PageFrame } from "@/components/layout/PageFrame";
import { PageHead } from "@/components/layout/PageHead";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { translate } from "@/i18n/messages";
import { getArticles } from "@/lib/content/load";
import { pageAlternates } from "@/lib/metadata";
import {
  localeParam,
  localePaths,
  readingPageProps,
  type ReadingPageProps,
  readingArticle,
  type ReadingArticle,
} from "@/lib/reading-pages";
import { paths } from "@/lib/site";

// Static HTML with no framework runtime: lib/reading-pages.ts says why (a literal: Next reads it as is).
export const config: PageConfig = { unstable_runtimeJS: false, runtime: "nodejs" };

interface Props extends ReadingPageProps {
  articles: ReadingArticle[];
}

export const getStaticPaths = localePaths;

export const getStaticProps: GetStaticProps<Props> = ({ params }) => {
  const locale = localeParam(params);
  if (!locale) return { notFound: true };
  return {
    props: {
      ...readingPageProps(locale),
      articles: getArticles().map((article) => readingArticle(article, locale)),
    },
  };
};

export default function HomePage({ locale, islands, articles }: Props) {
  const t = translate(locale, "HomePage");
  return (
    <PageFrame locale={locale} islands={islands}>
      <PageHead locale={locale} metadata={{ alternates: pageAlternates(locale, paths.home()) }} />
      <SiteHeader locale={locale} path={paths.home()} />
      <main id="main" className="mx-auto max-w-3xl px-4 pt-8">
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">{t("intro")}</p>
        <ArticleList locale={locale} articles={articles} emptyText={t("empty")} />
      </main>
    </PageFrame>
  );
}
