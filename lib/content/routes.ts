import { getArticle } from "./load";
import { type Article, isSection, type Section } from "./types";

/** A page the site has, read from a path within a locale: what proxy.ts, pages and cards agree on. */
export type Page =
  | { kind: "home" }
  | { kind: "about" }
  | { kind: "vocabulary" }
  | { kind: "review" }
  | { kind: "search" }
  | { kind: "section"; section: Section }
  | { kind: "article"; article: Article }
  | { kind: "pair"; article: Article; n: number };

/** A pair's number in a URL: 1, 2, 3… (no leading zero; six digits is far more than any article has). */
const PAIR_NUMBER = /^[1-9]\d{0,5}$/;

type Params = Record<string, string>;

/**
 * Every page under `app/[locale]` and `pages/[locale]`, by its folder pattern, and what makes a path name a real one
 * (a stored slug, a known section, a pair the article has). A new page is one entry here and one
 * folder; routes.test.ts checks the two agree. `missing` (the 404 page) is deliberately absent:
 * it is only reached through proxy.ts's rewrite.
 */
const ROUTES: { pattern: string; page: (params: Params) => Page | undefined }[] = [
  { pattern: "/", page: () => ({ kind: "home" }) },
  { pattern: "/about", page: () => ({ kind: "about" }) },
  { pattern: "/vocabulary", page: () => ({ kind: "vocabulary" }) },
  { pattern: "/review", page: () => ({ kind: "review" }) },
  { pattern: "/search", page: () => ({ kind: "search" }) },
  {
    pattern: "/sections/[section]",
    page: ({ section = "" }) => (isSection(section) ? { kind: "section", section } : undefined),
  },
  {
    pattern: "/articles/[slug]",
    page: ({ slug = "" }) => {
      const article = getArticle(slug);
      return article && { kind: "article", article };
    },
  },
  {
    pattern: "/articles/[slug]/p/[n]",
    page: ({ slug = "", n = "" }) => {
      const article = getArticle(slug);
      if (!article || !PAIR_NUMBER.test(n) || Number(n) > article.pairs.length) return undefined;
      return { kind: "pair", article, n: Number(n) };
    },
  },
];

/** The folder patterns of the pages matchPage knows (for the test that compares them with the routers). */
export const PAGE_PATTERNS = ROUTES.map(({ pattern }) => pattern);

/**
 * The pages served as static HTML with no framework runtime (pages/[locale]; docs/islands.md): the
 * reading pages. The others (about, the notebook) are app router pages under app/[locale].
 */
export const STATIC_READING_PAGES = [
  "home",
  "section",
  "article",
  "pair",
] as const satisfies Page["kind"][];

export function isStaticReadingPage(page: Page): boolean {
  return (STATIC_READING_PAGES as readonly string[]).includes(page.kind);
}

/**
 * The page a path within a locale (`/articles/x/p/3`) names, or undefined: proxy.ts asks before
 * rendering, so an unknown slug, section or pair number is a real HTTP 404 with a server-rendered
 * localized page (app/[locale]/missing/page.tsx says why not notFound()).
 */
export function matchPage(path: string): Page | undefined {
  const parts = path.split("/").filter(Boolean);
  for (const { pattern, page } of ROUTES) {
    const params = matchPattern(pattern, parts);
    if (params) return page(params);
  }
  return undefined;
}

function matchPattern(pattern: string, parts: string[]): Params | undefined {
  const segments = pattern.split("/").filter(Boolean);
  if (segments.length !== parts.length) return undefined;
  const params: Params = {};
  for (const [i, segment] of segments.entries()) {
    const part = parts[i] ?? "";
    const name = /^\[(\w+)\]$/.exec(segment)?.[1];
    if (name) params[name] = part;
    else if (segment !== part) return undefined;
  }
  return params;
}
