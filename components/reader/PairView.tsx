import { PageLink } from "@/components/ui/PageLink";
import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type { LocalizedArticle } from "@/lib/content/localize";
import type { ParagraphPair as Pair } from "@/lib/content/types";
import { localizedPath, paths } from "@/lib/site";
import { ShareButton } from "@/components/share/ShareButton";
import { ShareMenu } from "@/components/share/ShareMenu";
import { pairKey, shareSetup } from "@/components/share/shareProps";
import { IslandRoot } from "@/components/ui/IslandRoot";
import { ReadAloudBar } from "@/components/read-aloud/ReadAloudBar";
import { ReadAloudButtons } from "@/components/read-aloud/ReadAloudButtons";
import { readAloudSetup } from "@/components/read-aloud/readAloudSetup";
import { LearningTools } from "@/components/learning/LearningTools";
import { learningProps } from "@/components/learning/learningProps";
import { BilingualText } from "./BilingualText";
import { ParagraphPair } from "./ParagraphPair";

interface Props {
  article: LocalizedArticle;
  pair: Pair;
  locale: Locale;
}

const navLink = "underline underline-offset-2 hover:text-accent";

/**
 * One pair on its own page, the landing page of a shared paragraph: where it sits in the article,
 * the article's headline (a link back), the pair, its share menu and the way to its neighbours.
 */
export function PairView({ article, pair, locale }: Props) {
  const t = translate(locale, "ParagraphPage");
  const label = translate(locale, "ArticlePage");
  const share = shareSetup(locale, article);
  const read = readAloudSetup(locale);
  const learning = learningProps(locale, article);
  const total = article.pairs.length;
  const articleHref = localizedPath(locale, paths.article(article.slug));
  const pairHref = (n: number) => localizedPath(locale, paths.pair(article.slug, n));

  return (
    <IslandRoot {...learning.layer} className="reading mx-auto max-w-3xl px-4 pt-8 sm:px-12">
      <p className="font-sans text-sm text-zinc-600 dark:text-zinc-400">
        {t("heading", { n: pair.n, total })}
      </p>
      <h1 className="article-title mt-1 mb-8 font-sans text-xl font-bold tracking-tight">
        <PageLink href={articleHref} className="hover:underline">
          <BilingualText
            en={article.title.en}
            zh={article.title.zh}
            zhLang={article.zhLang}
            enClassName="block"
            zhClassName="block"
          />
        </PageLink>
      </h1>
      <div className="no-print mb-6">
        <LearningTools {...learning.tools} />
      </div>
      <ParagraphPair pair={pair} zhLang={article.zhLang} label={label("paragraph", { n: pair.n })}>
        <div className="pair-actions no-print">
          <ReadAloudButtons n={pair.n} labels={read.buttonLabels(pair.n)} />
        </div>
      </ParagraphPair>
      <div className="mt-6">
        <ShareButton
          target={pairKey(pair.n)}
          label={share.pairLabel(pair.n)}
          text={share.share}
          variant="labelled"
        />
        <ShareMenu
          targets={share.pairTarget(pair.n)}
          initial={pairKey(pair.n)}
          labels={share.labels}
        />
      </div>
      <nav className="mt-10 flex flex-wrap gap-x-6 gap-y-2 font-sans text-sm">
        <PageLink href={`${articleHref}#p${pair.n}`} className={navLink}>
          {t("readAll")}
        </PageLink>
        {pair.n > 1 ? (
          <PageLink href={pairHref(pair.n - 1)} className={navLink}>
            {t("previous")}
          </PageLink>
        ) : null}
        {pair.n < total ? (
          <PageLink href={pairHref(pair.n + 1)} className={navLink}>
            {t("next")}
          </PageLink>
        ) : null}
      </nav>
      <ReadAloudBar
        studyUrl={learning.tools.studyUrl}
        zhLang={article.zhLang}
        labels={read.labels}
      />
    </IslandRoot>
  );
}
