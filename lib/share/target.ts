import { type Locale, localeFromPrefix } from "@/i18n/routing";
import { getArticle } from "@/lib/content/load";
import type { Article } from "@/lib/content/types";

/** What a card or QR code URL names: an article, or one of its pairs, in one locale. */
export interface ShareTarget {
  locale: Locale;
  article: Article;
  /** The pair's number, for a paragraph; absent for the whole article. */
  n?: number;
}

/**
 * Reads a share asset's URL parts (`zh-hant`, `night-trains.png` or `night-trains` + `3.png`) into
 * stored content. Only stored content is ever drawn: nothing comes from the query string.
 */
export function resolveShareTarget(
  prefix: string,
  slugPart: string,
  nPart: string | undefined,
  extension: string,
): ShareTarget | undefined {
  const locale = localeFromPrefix(prefix);
  if (!locale) return undefined;
  if (nPart === undefined) {
    if (!slugPart.endsWith(extension)) return undefined;
    const article = getArticle(slugPart.slice(0, -extension.length));
    return article && { locale, article };
  }
  const article = getArticle(slugPart);
  const match = nPart.endsWith(extension)
    ? /^([1-9]\d{0,5})$/.exec(nPart.slice(0, -extension.length))
    : null;
  const n = match ? Number(match[1]) : undefined;
  if (!article || n === undefined || n > article.pairs.length) return undefined;
  return { locale, article, n };
}

export const notFoundResponse = () =>
  new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
