import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { LocalizedArticle } from "@/lib/content/localize";
import { formatPublicationDate } from "@/lib/format";
import { READING_VIEWS } from "@/lib/reader/preferences";
import { localizedPath, paths } from "@/lib/site";
import { PairShareButton, PairShareMenu } from "@/components/share/PairShare";
import { ShareMenu } from "@/components/share/ShareMenu";
import { ARTICLE_SHARE_TRIGGER, shareSetup } from "@/components/share/shareProps";
import { PairMarker } from "./PairMarker";
import { ParagraphPair } from "./ParagraphPair";
import { ReadingViewSwitch } from "./ReadingViewSwitch";
import { Subheading } from "./Subheading";

interface Props {
  article: LocalizedArticle;
  locale: Locale;
}

/**
 * A pair's share button: in the right margin on wide screens, shown when the pair is hovered or
 * focused; at the end of the pair on phones, where there is no margin and no hover.
 */
// One class, defined in app/globals.css: a utility list here would be repeated on every pair, in the
// HTML and again in the page's hydration data.
const PAIR_SHARE_TRIGGER = "no-print pair-share-trigger";

/** A whole article: bilingual headline, byline, the view switch and every pair in order. */
export async function ArticleView({ article, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "ArticlePage" });
  const sections = await getTranslations({ locale, namespace: "Sections" });
  const views = await getTranslations({ locale, namespace: "ReadingViewSwitch" });
  const date = formatPublicationDate(locale, article.date);
  const { zhLang } = article;
  const share = await shareSetup(locale, article);
  const viewLabels = Object.fromEntries(READING_VIEWS.map((view) => [view, views(view)])) as Record<
    (typeof READING_VIEWS)[number],
    string
  >;

  return (
    <article className="reading mx-auto max-w-3xl px-4 pt-8 sm:px-12">
      <header className="mb-8 space-y-4">
        <p className="font-sans text-sm font-semibold tracking-wide text-[var(--color-accent)] uppercase dark:text-[var(--color-accent-dark)]">
          <Link href={localizedPath(locale, paths.section(article.section))}>
            {sections(article.section)}
          </Link>
        </p>
        <h1 className="article-title font-sans font-bold tracking-tight">
          <span lang="en" className="block text-3xl leading-tight sm:text-4xl">
            {article.title.en}
          </span>
          <span lang={zhLang} className="mt-2 block text-2xl leading-snug sm:text-3xl">
            {article.title.zh}
          </span>
        </h1>
        <div className="article-title text-zinc-600 dark:text-zinc-400">
          <p lang="en" className="text-en">
            {article.summary.en}
          </p>
          <p lang={zhLang} className="text-zh mt-1">
            {article.summary.zh}
          </p>
        </div>
        <p className="font-sans text-sm text-zinc-600 dark:text-zinc-400">
          {article.author ? <>{t("by", { author: article.author })} · </> : null}
          <time dateTime={article.date}>{t("published", { date })}</time>
        </p>
        <div className="no-print flex flex-wrap items-center gap-3">
          <ReadingViewSwitch legend={views("label")} labels={viewLabels} />
          <ShareMenu {...share.article} triggerClassName={ARTICLE_SHARE_TRIGGER} />
        </div>
      </header>

      <div className="space-y-7">
        {article.body.map((part) =>
          part.type === "pair" ? (
            <ParagraphPair
              key={`p${part.n}`}
              pair={part}
              zhLang={zhLang}
              label={t("paragraph", { n: part.n })}
            >
              <PairShareButton
                n={part.n}
                label={share.pairLabel(part.n)}
                className={PAIR_SHARE_TRIGGER}
              />
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
      <PairShareMenu targets={share.pairTargets} labels={share.labels} />
      <PairMarker />
    </article>
  );
}
