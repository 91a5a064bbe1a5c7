import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import { ArticleList } from "@/components/articles/ArticleList";
import { PageFrame } from "@/components/layout/PageFrame";
import { PageHead } from "@/components/layout/PageHead";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { translate } from "@/i18n/messages";
import { locales } from "@/i18n/routing";
import { getArticlesInSection } from "@/lib/content/load";
import { isSection, type Section, SECTIONS } from "@/lib/content/types";
import { pageAlternates } from "@/lib/metadata";
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
  section: Section;
  articles: ReadingArticle[];
}

export const getStaticPaths: GetStaticPaths = () => ({
  paths: locales.flatMap((locale) => SECTIONS.map((section) => ({ params: { locale, section } }))),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props> = ({ params }) => {
  const locale = localeParam(params);
  const section = params?.section;
  if (!locale || typeof section !== "string" || !isSection(section)) return { notFound: true };
  const articles = getArticlesInSection(section).map((article) => readingArticle(article, locale));
  return { props: { ...readingPageProps(locale), section, articles } };
};

export default function SectionPage({ locale, islands, section, articles }: Props) {
  const t = translate(locale, "SectionPage");
  const name = translate(locale, "Sections")(section);
  return (
    <PageFrame locale={locale} islands={islands}>
      <PageHead
        locale={locale}
        metadata={{
          title: t("title", { section: name }),
          description: t("description", { section: name }),
          alternates: pageAlternates(locale, paths.section(section)),
        }}
      />
      <SiteHeader locale={locale} path={paths.section(section)} />
      <main id="main" className="mx-auto max-w-3xl px-4 pt-8">
        <h1 className="text-3xl font-bold tracking-tight">{t("title", { section: name })}</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          {t("description", { section: name })}
        </p>
        <ArticleList locale={locale} articles={articles} emptyText={t("empty")} />
      </main>
    </PageFrame>
  );
}
