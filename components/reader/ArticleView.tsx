import { PageLink } from "@/components/ui/PageLink";
import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type { ReadingArticle } from "@/lib/reading-pages";
import { formatPublicationDate } from "@/lib/format";
import { READING_VIEWS } from "@/lib/reader/preferences";
import { localizedPath, paths } from "@/lib/site";
import { ShareButton } from "@/components/share/ShareButton";
import { ShareMenu } from "@/components/share/ShareMenu";
import { pairKey, shareSetup } from "@/components/share/shareProps";
import { ReadAloudBar } from "@/components/read-aloud/ReadAloudBar";
import { ReadAloudButtons } from "@/components/read-aloud/ReadAloudButtons";
import { readAloudSetup } from "@/components/read-aloud/readAloudSetup";
import { LearningTools } from "@/components/learning/LearningTools";
import { learningProps } from "@/components/learning/learningProps";
import { BilingualText } from "./BilingualText";
import { IslandRoot } from "@/components/ui/IslandRoot";
import { ParagraphPair } from "./ParagraphPair";
import { ReadingViewSwitch } from "./ReadingViewSwitch";
import { Subheading } from "./Subheading";
import { ArticleLevel } from "@/components/levels/ArticleLevel";

interface Props {
  article: ReadingArticle;
  locale: Locale;
}

/** A whole article: bilingual headline, byline, the view switch and every pair in order. */
export function ArticleView({ article, locale }: Props) {
  const t = translate(locale, "ArticlePage");
  const sections = translate(locale, "Sections");
  const views = translate(locale, "ReadingViewSwitch");
  const date = formatPublicationDate(locale, article.date);
  const { zhLang } = article;
  const share = shareSetup(locale, article);
  const read = readAloudSetup(locale);
  const learning = learningProps(locale, article);
  const levels = translate(locale, "ArticleLevel");
  const { level } = article;
  const viewLabels = Object.fromEntries(READING_VIEWS.map((view) => [view, views(view)])) as Record<
    (typeof READING_VIEWS)[number],
    string
  >;

  return (
    <IslandRoot
      {...learning.layer}
      as="article"
      className="reading mx-auto max-w-3xl px-4 pt-8 sm:px-12"
    >
      <header className="mb-8 space-y-4">
        <p className="text-accent dark:text-accent-dark font-sans text-sm font-semibold tracking-wide uppercase">
          <PageLink href={localizedPath(locale, paths.section(article.section))}>
            {sections(article.section)}
          </PageLink>
        </p>
        <h1 className="article-title font-sans font-bold tracking-tight">
          <BilingualText
            en={article.title.en}
            zh={article.title.zh}
            zhLang={zhLang}
            enClassName="block text-3xl leading-tight sm:text-4xl"
            zhClassName="mt-2 block text-2xl leading-snug sm:text-3xl"
          />
        </h1>
        <div className="article-title text-zinc-600 dark:text-zinc-400">
          <BilingualText
            as="p"
            en={article.summary.en}
            zh={article.summary.zh}
            zhLang={zhLang}
            enClassName="text-en"
            zhClassName="text-zh mt-1"
          />
        </div>
        <p className="font-sans text-sm text-zinc-600 dark:text-zinc-400">
          {article.author ? <>{t("by", { author: article.author })} · </> : null}
          <time dateTime={article.date}>{t("published", { date })}</time>
        </p>
        {level && (
          <ArticleLevel
            {...level}
            variant="full"
            labels={{
              level: levels("level"),
              shares: levels("shares"),
              chinese: levels("chinese"),
              english: levels("english"),
            }}
          />
        )}
        <div className="no-print flex flex-wrap items-center gap-3">
          <ReadingViewSwitch legend={views("label")} labels={viewLabels} />
          <LearningTools {...learning.tools} />
          <ShareButton
            target="article"
            label={share.articleLabel}
            text={share.share}
            variant="labelled"
          />
        </div>
      </header>

      {/* article-body: the print sheet spaces the pairs by this name (app/globals.css). */}
      <div className="article-body space-y-7">
        {article.body.map((part) =>
          part.type === "pair" ? (
            <ParagraphPair
              key={`p${part.n}`}
              pair={part}
              zhLang={zhLang}
              label={t("paragraph", { n: part.n })}
            >
              <div className="pair-actions no-print">
                <ReadAloudButtons n={part.n} labels={read.buttonLabels(part.n)} />
                <ShareButton
                  target={pairKey(part.n)}
                  label={share.pairLabel(part.n)}
                  variant="pair"
                />
              </div>
            </ParagraphPair>
          ) : (
            <Subheading key={part.id} heading={part} zhLang={zhLang} />
          ),
        )}
      </div>

      {article.source ? (
        <p className="mt-10 font-sans text-sm text-zinc-600 dark:text-zinc-400">
          {t.rich("source", {
            name: article.source.name,
            link: (chunks) =>
              article.source?.url ? (
                <a
                  href={article.source.url}
                  rel="noopener noreferrer nofollow"
                  className="underline"
                >
                  {chunks}
                </a>
              ) : (
                chunks
              ),
          })}
        </p>
      ) : null}
      <ShareMenu targets={share.articleTargets()} initial="article" labels={share.labels} />
      {/* Marks the pair a shared link (#p{n}) points at (islands/pair-marker.ts). */}
      <IslandRoot name="pair-marker" hidden />
      <ReadAloudBar studyUrl={learning.tools.studyUrl} zhLang={zhLang} labels={read.labels} />
    </IslandRoot>
  );
}
