import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { ParagraphPair } from "@/components/reader/ParagraphPair";
import { ShareMenu } from "@/components/share/ShareMenu";
import { ARTICLE_SHARE_TRIGGER, shareSetup } from "@/components/share/shareProps";
import { isLocale } from "@/i18n/routing";
import { getArticle } from "@/lib/content/load";
import { localizeArticle } from "@/lib/content/localize";
import { plainText } from "@/lib/content/markdown";
import { pageAlternates, pairCardPath, shareMetadata } from "@/lib/metadata";
import { localizedPath, paths } from "@/lib/site";

// One page per paragraph pair, for sharing. They are many (every pair in every locale) and each is
// a landing page for a shared link, so they are rendered on first request and then cached, which
// keeps build time proportional to articles. Unknown numbers never get here: proxy.ts answers 404.
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/articles/[slug]/p/[n]">;

async function load(params: Props["params"]) {
  const { locale, slug, n } = await params;
  const article = getArticle(slug);
  if (!isLocale(locale) || !article || !/^[1-9]\d*$/.test(n)) return undefined;
  const localized = localizeArticle(article, locale);
  const pair = localized.pairs[Number(n) - 1];
  return pair ? { locale, article: localized, pair } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { locale, article, pair } = found;
  const t = await getTranslations({ locale, namespace: "ParagraphPage" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  const sections = await getTranslations({ locale, namespace: "Sections" });
  const title = t("title", {
    n: pair.n,
    title: locale === "en" ? article.title.en : article.title.zh,
  });
  // The description carries both languages of the pair, as the card does.
  const [first, second] = locale === "en" ? [pair.en, pair.zh] : [pair.zh, pair.en];
  return {
    ...shareMetadata({
      locale,
      article,
      title,
      description: `${plainText(first)} ${plainText(second)}`.slice(0, 300),
      path: paths.pair(article.slug, pair.n),
      card: { path: pairCardPath(locale, article, pair), alt: title },
      siteName: meta("siteName"),
      sectionName: sections(article.section),
    }),
    alternates: {
      ...pageAlternates(locale, paths.pair(article.slug, pair.n)),
      // The article is the canonical page; this one exists so one paragraph can be shared.
      canonical: localizedPath(locale, paths.article(article.slug)),
    },
  };
}

export default async function ParagraphPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { locale, article, pair } = found;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "ParagraphPage" });
  const label = await getTranslations({ locale, namespace: "ArticlePage" });
  const total = article.pairs.length;
  const share = await shareSetup(locale, article);
  const shareText = await getTranslations({ locale, namespace: "ShareMenu" });
  const articleHref = localizedPath(locale, paths.article(article.slug));
  const linkClass = "underline underline-offset-2 hover:text-[var(--color-accent)]";

  return (
    <>
      <SiteHeader locale={locale} path={paths.pair(article.slug, pair.n)} />
      <main id="main" className="reading mx-auto max-w-3xl px-4 pt-8 sm:px-12">
        <p className="font-sans text-sm text-zinc-600 dark:text-zinc-400">
          {t("heading", { n: pair.n, total })}
        </p>
        <h1 className="article-title mt-1 mb-8 font-sans text-xl font-bold tracking-tight">
          <Link href={articleHref} className="hover:underline">
            <span lang="en" className="block">
              {article.title.en}
            </span>
            <span lang={article.zhLang} className="block">
              {article.title.zh}
            </span>
          </Link>
        </h1>
        <ParagraphPair
          pair={pair}
          zhLang={article.zhLang}
          label={label("paragraph", { n: pair.n })}
        />
        <div className="mt-6">
          <ShareMenu
            {...share.pair(pair.n)}
            triggerText={shareText("share")}
            triggerClassName={ARTICLE_SHARE_TRIGGER}
          />
        </div>
        <nav className="mt-10 flex flex-wrap gap-x-6 gap-y-2 font-sans text-sm">
          <Link href={`${articleHref}#p${pair.n}`} className={linkClass}>
            {t("readAll")}
          </Link>
          {pair.n > 1 ? (
            <Link
              href={localizedPath(locale, paths.pair(article.slug, pair.n - 1))}
              className={linkClass}
            >
              {t("previous")}
            </Link>
          ) : null}
          {pair.n < total ? (
            <Link
              href={localizedPath(locale, paths.pair(article.slug, pair.n + 1))}
              className={linkClass}
            >
              {t("next")}
            </Link>
          ) : null}
        </nav>
      </main>
    </>
  );
}
