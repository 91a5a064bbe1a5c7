import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import { PageFrame } from "@/components/layout/PageFrame";
import { PageHead } from "@/components/layout/PageHead";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { PairView } from "@/components/reader/PairView";
import { type LocalizedArticle, localizeArticle } from "@/lib/content/localize";
import { matchPage } from "@/lib/content/routes";
import type { ParagraphPair } from "@/lib/content/types";
import { readingPageMetadata } from "@/lib/metadata";
import { localeParam, readingPageProps, type ReadingPageProps } from "@/lib/reading-pages";
import { paths } from "@/lib/site";

// Static HTML with no framework runtime: lib/reading-pages.ts says why (a literal: Next reads it as is).
export const config: PageConfig = { unstable_runtimeJS: false, runtime: "nodejs" };

interface Props extends ReadingPageProps {
  article: LocalizedArticle;
  pair: ParagraphPair;
}

// One page per paragraph pair, for sharing. They are many (every pair in every locale) and each is
// a landing page for a shared link, so they are rendered on first request and then kept, which keeps
// build time proportional to articles. Unknown numbers never get here: proxy.ts answers 404.
export const getStaticPaths: GetStaticPaths = () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<Props> = ({ params }) => {
  const locale = localeParam(params);
  const page = matchPage(paths.pair(String(params?.slug), String(params?.n)));
  if (!locale || page?.kind !== "pair") return { notFound: true };
  const article = localizeArticle(page.article, locale);
  const pair = article.pairs[page.n - 1];
  if (!pair) return { notFound: true };
  return { props: { ...readingPageProps(locale), article, pair } };
};

export default function ParagraphPage({ locale, islands, article, pair }: Props) {
  return (
    <PageFrame locale={locale} islands={islands}>
      <PageHead locale={locale} metadata={readingPageMetadata(locale, article, pair)} />
      <SiteHeader locale={locale} path={paths.pair(article.slug, pair.n)} />
      <main id="main">
        <PairView article={article} pair={pair} locale={locale} />
      </main>
    </PageFrame>
  );
}
