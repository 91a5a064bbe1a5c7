import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { assets } from "@/lib/assets";
import type { LocalizedArticle } from "@/lib/content/localize";
import { bilingualTitle } from "@/lib/metadata";
import { LINK_NETWORKS } from "@/lib/share/links";
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
export function shareSetup(locale: Locale, article: LocalizedArticle) {
  const t = translate(locale, "ShareMenu");
  const labels = Object.fromEntries(LABEL_KEYS.map((key) => [key, t(key)])) as ShareLabels;
  const version = article.cardVersion;
  const title = bilingualTitle(locale, article.title);

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
      url: assets.card(locale, article.slug, n, version),
      fileName: `${article.slug}${n === undefined ? "" : `-p${n}`}.png`,
    },
    qrUrl: assets.qr(locale, article.slug, n),
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
