import { getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/articles/ArticleList";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { pageLocale } from "@/i18n/page-locale";
import { getArticles } from "@/lib/content/load";
import { localizeArticle } from "@/lib/content/localize";
import { pageAlternates } from "@/lib/metadata";
import { paths } from "@/lib/site";

export async function generateMetadata({ params }: PageProps<"/[locale]">) {
  const locale = await pageLocale(params);
  return { alternates: pageAlternates(locale, paths.home()) };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "HomePage" });
  const articles = getArticles().map((article) => localizeArticle(article, locale));

  return (
    <>
      <SiteHeader locale={locale} path={paths.home()} />
      <main id="main" className="mx-auto max-w-3xl px-4 pt-8">
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">{t("intro")}</p>
        <ArticleList locale={locale} articles={articles} emptyText={t("empty")} />
      </main>
    </>
  );
}
