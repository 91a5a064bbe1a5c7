import { type Locale, localeFromPrefix } from "@/i18n/routing";
import { matchPage } from "@/lib/content/routes";
import type { Article } from "@/lib/content/types";
import { paths } from "@/lib/site";

/** The page a card or QR code URL names: an article, or one of its pairs, in one locale. */
export interface SharedPage {
  locale: Locale;
  article: Article;
  /** The pair's number, for a paragraph; absent for the whole article. */
  n?: number;
}

/**
 * Reads a share asset's URL parts (`zh-hant`, `night-trains.png` or `night-trains` + `3.png`) into
 * stored content, by the same page map as proxy.ts (lib/content/routes.ts). Only stored content is
 * ever drawn: nothing comes from the query string.
 */
export function resolveSharedPage(
  prefix: string,
  slugPart: string,
  nPart: string | undefined,
  extension: string,
): SharedPage | undefined {
  const locale = localeFromPrefix(prefix);
  const named = nPart ?? slugPart;
  // One URL segment each: a decoded `%2F` must not reach another page.
  if (!locale || !named.endsWith(extension) || `${slugPart}${nPart ?? ""}`.includes("/")) {
    return undefined;
  }
  const stem = named.slice(0, -extension.length);
  const page = matchPage(nPart === undefined ? paths.article(stem) : paths.pair(slugPart, stem));
  if (page?.kind === "article") return { locale, article: page.article };
  if (page?.kind === "pair") return { locale, article: page.article, n: page.n };
  return undefined;
}

export const notFoundResponse = () =>
  new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
