import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { PairView } from "@/components/reader/PairView";
import { pageLocale } from "@/i18n/page-locale";
import { localizeArticle } from "@/lib/content/localize";
import { matchPage } from "@/lib/content/routes";
import { readingPageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/site";

// One page per paragraph pair, for sharing. They are many (every pair in every locale) and each is
// a landing page for a shared link, so they are rendered on first request and then cached, which
// keeps build time proportional to articles. Unknown numbers never get here: proxy.ts answers 404.
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/articles/[slug]/p/[n]">;

async function load({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, n } = await params;
  const page = matchPage(paths.pair(slug, n));
  if (page?.kind !== "pair") notFound();
  const article = localizeArticle(page.article, locale);
  const pair = article.pairs[page.n - 1];
  if (!pair) notFound();
  return { locale, article, pair };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, article, pair } = await load(props);
  return readingPageMetadata(locale, article, pair);
}

export default async function ParagraphPage(props: Props) {
  const { locale, article, pair } = await load(props);
  return (
    <>
      <SiteHeader locale={locale} path={paths.pair(article.slug, pair.n)} />
      <main id="main">
        <PairView article={article} pair={pair} locale={locale} />
      </main>
    </>
  );
}
