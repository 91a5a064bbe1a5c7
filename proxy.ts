import { readFileSync } from "node:fs";
import path from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { negotiateLocale } from "./i18n/negotiate";
import { LOCALE_COOKIE, type Locale, localeFromPrefix, localePrefixes } from "./i18n/routing";
import { isStaticReadingPage, matchPage } from "./lib/content/routes";
import { cspForPage } from "./lib/security/csp";
import { CACHE } from "./lib/serving/cache";

/** A first path segment shaped like a language tag (`fr`, `de-ch`, `zh-cn`) that is not one of ours. */
const LOCALE_LIKE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Routes every page request. A known locale prefix passes through: next.config.js maps `/zh-hant` to
 * the `zh-Hant` segment with a rewrite that stays inside the server (docs/serving.md, "Any bind
 * address"). `/` and unprefixed paths are sent to the reader's language; anything that names no page
 * is answered 404 with the localized 404 page. No response here sets a cookie: only the reader's own
 * pick of a language does (components/layout/LocaleLinks.tsx), so shared caches can keep every page.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const [, first = "", ...rest] = pathname.split("/");
  const prefixed = localeFromPrefix(first);

  if (prefixed) {
    const path = `/${rest.join("/")}`;
    const page = matchPage(path);
    if (!page) return notFound(request, prefixed);
    const response = NextResponse.next();
    response.headers.set("Cache-Control", CACHE.page);
    return withCsp(response, `${prefixed}${path}`, isStaticReadingPage(page));
  }

  const locale = negotiateLocale(
    request.headers.get("accept-language"),
    request.cookies.get(LOCALE_COOKIE)?.value,
  );

  // An unknown locale (`/fr/articles/x`) is a 404 in the reader's own language, not a redirect.
  if (first !== "" && LOCALE_LIKE.test(first)) return negotiated(notFound(request, locale));

  // `/` and unprefixed paths go to the reader's language: their earlier pick, else Accept-Language.
  if (!matchPage(pathname)) return negotiated(notFound(request, locale));
  const url = request.nextUrl.clone();
  url.pathname = `${localePrefixes[locale]}${pathname === "/" ? "" : pathname}`;
  const response = NextResponse.redirect(url, 307);
  response.headers.set("Cache-Control", CACHE.negotiated);
  return negotiated(response);
}

/** A response chosen by the reader's Accept-Language and cookie: caches must keep one per choice. */
function negotiated(response: NextResponse): NextResponse {
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

/**
 * The localized 404 page with status 404. The page is prerendered (app/[locale]/missing): its HTML is
 * sent from here as it is, not through a rewrite, because Next treats a proxy's rewrite as a request
 * to another server when the server is bound to a loopback address (vercel/next.js#94745). The dev
 * server prerenders nothing: there, a rewrite.
 */
function notFound(request: NextRequest, locale: Locale) {
  const html = missingPageHtml(locale);
  const response = html
    ? new NextResponse(html, {
        status: 404,
        headers: { "Content-Type": "text/html; charset=utf-8" },
      })
    : NextResponse.rewrite(new URL(`/${locale}/missing`, request.url), { status: 404 });
  response.headers.set("Cache-Control", CACHE.notFound);
  return withCsp(response, `${locale}/missing`);
}

const missingPages = new Map<Locale, string | null>();

function missingPageHtml(locale: Locale): string | null {
  if (process.env.NODE_ENV !== "production") return null;
  if (!missingPages.has(locale)) {
    const file = path.join(
      /*turbopackIgnore: true*/ process.cwd(),
      process.env.NEXT_DIST_DIR ?? ".next",
      "server",
      "app",
      locale,
      "missing.html",
    );
    let html: string | null = null;
    try {
      html = readFileSync(file, "utf8");
    } catch {
      // not prerendered: answered by a rewrite
    }
    missingPages.set(locale, html);
  }
  return missingPages.get(locale) ?? null;
}

/** Each page's own Content-Security-Policy (lib/security/csp.ts); other headers: next.config.js. */
function withCsp(
  response: NextResponse,
  internalPath: string,
  staticReadingPage = false,
): NextResponse {
  const csp = cspForPage(internalPath, staticReadingPage);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Everything but API routes, Next internals and files with an extension (icons, images, feeds).
    "/((?!api|_next|_vercel|.*\\..*).*)",
    // Under a locale prefix every path is a page, dotted or not (`/en/foo.bar` gets the localized
    // 404). Literal because Next reads the matcher at build time; keep in step with i18n/routing.ts.
    "/(en|zh-hans|zh-hant)/:path*",
  ],
};
