import createMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { negotiateLocale } from "./i18n/negotiate";
import { LOCALE_COOKIE, localeFromPrefix, localePrefixes, routing } from "./i18n/routing";
import { matchPage } from "./lib/content/routes";
import { cspForPage } from "./lib/security/csp";

const intl = createMiddleware(routing);

/** A first path segment shaped like a language tag (`fr`, `de-ch`, `zh-cn`) that is not one of ours. */
const LOCALE_LIKE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Routes every page request: known locale prefixes go to next-intl (which maps `/zh-hant` to the
 * `zh-Hant` segment and remembers the locale); `/` and unprefixed paths are sent to the reader's
 * language; anything that names no page is answered 404 with the localized 404 page.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const [, first = "", ...rest] = pathname.split("/");
  const prefixed = localeFromPrefix(first);

  if (prefixed) {
    const path = `/${rest.join("/")}`;
    if (!matchPage(path)) return notFound(request, prefixed);
    return withCsp(intl(request), `${prefixed}${path}`);
  }

  const locale = negotiateLocale(
    request.headers.get("accept-language"),
    request.cookies.get(LOCALE_COOKIE)?.value,
  );

  // An unknown locale (`/fr/articles/x`) is a 404 in the reader's own language, not a redirect.
  if (first !== "" && LOCALE_LIKE.test(first)) return notFound(request, locale);

  // `/` and unprefixed paths go to the reader's language: their earlier pick, else Accept-Language.
  if (!matchPage(pathname)) return notFound(request, locale);
  const url = request.nextUrl.clone();
  url.pathname = `${localePrefixes[locale]}${pathname === "/" ? "" : pathname}`;
  const response = NextResponse.redirect(url, 307);
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

function notFound(request: NextRequest, locale: string) {
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/missing`;
  url.search = "";
  return withCsp(NextResponse.rewrite(url, { status: 404 }), `${locale}/missing`);
}

/** Each page's own Content-Security-Policy (lib/security/csp.ts); other headers: next.config.js. */
function withCsp(response: NextResponse, internalPath: string): NextResponse {
  const csp = cspForPage(internalPath);
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
