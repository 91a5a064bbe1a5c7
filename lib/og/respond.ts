import { notFoundResponse, resolveSharedPage } from "@/lib/share/target";
import { renderShareCard } from "./ShareCard";
import { articleCard, pairCard } from "./cards";

/** Answers `/cards/{prefix}/{slug}.png` and `/cards/{prefix}/{slug}/p/{n}.png`; anything else is a 404. */
export function cardResponse(prefix: string, slugPart: string, nPart?: string): Response {
  const target = resolveSharedPage(prefix, slugPart, nPart, ".png");
  if (!target) return notFoundResponse();
  const { locale, article, n } = target;
  const card = n === undefined ? articleCard(article, locale) : pairCard(article, n, locale);
  return card ? renderShareCard(card) : notFoundResponse();
}
