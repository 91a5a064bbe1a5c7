import { SECTIONS } from "./types";
import { getArticle } from "./load";

/**
 * Whether a path within a locale (`/articles/x/p/3`) names a page that exists. proxy.ts asks before
 * rendering, so an unknown slug, section or paragraph number is a real HTTP 404 with a server-rendered
 * localized page (see app/[locale]/missing/page.tsx for why not notFound()).
 */
export function pageExists(path: string): boolean {
  const parts = path.split("/").filter(Boolean);
  const [first, second, third, fourth, ...rest] = parts;
  if (rest.length > 0) return false;
  if (first === undefined) return true;
  if (first === "about") return parts.length === 1;
  if (first === "sections") return parts.length === 2 && (SECTIONS as readonly string[]).includes(second ?? "");
  if (first !== "articles" || second === undefined) return false;
  const article = getArticle(second);
  if (!article) return false;
  if (third === undefined) return true;
  if (third !== "p" || fourth === undefined || !/^[1-9]\d{0,5}$/.test(fourth)) return false;
  return Number(fourth) <= article.pairs.length;
}
