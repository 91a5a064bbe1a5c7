import { getTranslations } from "next-intl/server";
import { type Locale, localePrefixes } from "@/i18n/routing";
import type { LocalizedArticle } from "@/lib/content/localize";
import { bilingualTitle } from "@/lib/metadata";
import { cardPath, cardVersion } from "@/lib/og/cards";
import { LINK_NETWORKS } from "@/lib/share/links";
import { qrPath } from "@/lib/share/qr";
import { absoluteUrl, localizedPath, paths } from "@/lib/site";
import type { ShareLabels } from "./ShareMenu";

const LABEL_KEYS = [
  "menuTitle",
  "systemShare",
  "copyLink",
  "copied",
  "copyFailed",
  "wechat",
  "wechatTitle",
  "wechatHelp",
  "qrAlt",
  "saveCard",
  "close",
  ...LINK_NETWORKS,
] as const;

/**
 * What a share menu needs for an article and each of its pairs: absolute URLs (links leave the
 * site), the card and QR code addresses, and the labels, translated once per page.
 */
export async function shareSetup(locale: Locale, article: LocalizedArticle) {
  const t = await getTranslations({ locale, namespace: "ShareMenu" });
  const labels = Object.fromEntries(LABEL_KEYS.map((key) => [key, t(key)])) as ShareLabels;
  const version = cardVersion(article);
  const title = bilingualTitle(locale, article.title);
  const prefix = localePrefixes[locale];

  const target = (n?: number) => ({
    id: n === undefined ? "article" : `p${n}`,
    url: absoluteUrl(
      localizedPath(
        locale,
        n === undefined ? paths.article(article.slug) : paths.pair(article.slug, n),
      ),
    ),
    title: n === undefined ? title : `${title} (${n})`,
    card: {
      // Relative, so "save card" stays same-origin (the download attribute needs it) on any host.
      url: `${cardPath(locale, article.slug, n)}?v=${version}`,
      fileName: `${article.slug}${n === undefined ? "" : `-p${n}`}.png`,
    },
    qrUrl: qrPath(prefix, article.slug, n),
    labels,
  });

  return {
    article: { ...target(), triggerLabel: t("shareArticle"), triggerText: t("share") },
    pair: (n: number) => ({ ...target(n), triggerLabel: t("sharePair", { n }) }),
    /** Every pair's target, for the one menu the pair buttons share (PairShareMenu). */
    pairTargets: article.pairs.map(({ n }) => {
      const { url, title, card, qrUrl } = target(n);
      return { url, title, card, qrUrl };
    }),
    labels,
    pairLabel: (n: number) => t("sharePair", { n }),
  };
}

/** The look of a labelled share button (the article's, the paragraph page's). */
export const ARTICLE_SHARE_TRIGGER =
  "inline-flex items-center gap-1.5 rounded-full border border-zinc-300 px-3 py-1 font-sans text-sm text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800";
