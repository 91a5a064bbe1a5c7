import { PageLink } from "@/components/ui/PageLink";
import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type { ReadingArticle } from "@/lib/reading-pages";
import { formatPublicationDate } from "@/lib/format";
import { localizedPath, paths } from "@/lib/site";
import { bilingualElements } from "@/components/reader/BilingualText";
import { ArticleLevel } from "@/components/levels/ArticleLevel";
import { LevelFilter } from "@/components/levels/LevelFilter";

interface Props {
  locale: Locale;
  articles: ReadingArticle[];
  emptyText: string;
}

/**
 * Article cards for the home and section pages. The headline in the reader's interface language
 * leads; the other language follows, so both are there to read.
 */
export function ArticleList({ locale, articles, emptyText }: Props) {
  const sections = translate(locale, "Sections");
  const t = translate(locale, "ArticleCard");
  const levels = translate(locale, "ArticleLevel");
  const filter = translate(locale, "LevelFilter");
  if (articles.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">{emptyText}</p>;
  const chineseFirst = locale !== "en";
  // Readers of the English interface are learning Chinese: filter by HSK; the others by CEFR.
  const scale = locale === "en" ? "hsk" : "cefr";
  const levelLabels = {
    level: levels("level"),
    shares: levels("shares"),
    chinese: levels("chinese"),
    english: levels("english"),
  };

  const list = (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {articles.map((article) => {
        const { level } = article;
        const [lead, second] = bilingualElements({
          en: article.title.en,
          zh: article.title.zh,
          zhLang: article.zhLang,
          enClassName: "text-en",
          zhClassName: "text-zh",
          chineseFirst,
        });
        return (
          <li key={article.slug} className="py-6" data-level={level?.[scale]}>
            <p className="mb-1 flex gap-2 text-sm text-zinc-600 dark:text-zinc-400">
              <PageLink
                href={localizedPath(locale, paths.section(article.section))}
                className="text-accent dark:text-accent-dark font-semibold"
              >
                {sections(article.section)}
              </PageLink>
              <span aria-hidden="true">·</span>
              <time dateTime={article.date}>{formatPublicationDate(locale, article.date)}</time>
              <span aria-hidden="true">·</span>
              <span>{t("pairs", { count: article.pairs.length })}</span>
              {level && <ArticleLevel {...level} labels={levelLabels} variant="badge" />}
            </p>
            <h2 className="text-xl font-bold tracking-tight">
              <PageLink
                href={localizedPath(locale, paths.article(article.slug))}
                className="hover:underline"
              >
                {lead}
              </PageLink>
            </h2>
            <p className="mt-0.5 text-lg text-zinc-700 dark:text-zinc-300">{second}</p>
            <p
              lang={chineseFirst ? article.zhLang : "en"}
              className="mt-2 text-zinc-600 dark:text-zinc-400"
            >
              {chineseFirst ? article.summary.zh : article.summary.en}
            </p>
          </li>
        );
      })}
    </ul>
  );
  // The filter sits before the list; with one article there is nothing to filter.
  if (articles.length < 2) return list;
  return (
    <>
      <LevelFilter scale={scale} labels={{ legend: filter(scale), all: filter("all") }} />
      {list}
    </>
  );
}
