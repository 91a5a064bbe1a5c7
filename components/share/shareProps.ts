import { getTranslations } from "next-intl/server";
import { type Locale, localePrefixes } from "@/i18n/routing";
import type { LocalizedArticle } from "@/lib/content/localize";
import { bilingualTitle } from "@/lib/metadata";
import { cardPath, cardVersion } from "@/lib/og/cards";
import { LINK_NETWORKS } from "@/lib/share/links";
import { qrPath } from "@/lib/share/qr";
import { absoluteUrl, localizedPath, paths } from "@/lib/site";
import type { ShareLabels, ShareTarget } from "./ShareMenu";

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

  const target = (n?: number): ShareTarget => ({
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
  });

  return {
    labels,
    /** The menu's targets on an article page: the article and each of its pairs. */
    articleTargets: (): Record<string, ShareTarget> => ({
      article: target(),
      ...Object.fromEntries(article.pairs.map(({ n }) => [pairKey(n), target(n)])),
    }),
    /** The menu's one target on a pair's own page. */
    pairTarget: (n: number): Record<string, ShareTarget> => ({ [pairKey(n)]: target(n) }),
    share: t("share"),
    articleLabel: t("shareArticle"),
    pairLabel: (n: number) => t("sharePair", { n }),
  };
}

/** What a pair's share button names in `data-share`. */
export const pairKey = (n: number) => `p${n}`;
