// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const { CACHE } = require("./lib/serving/cache-rules.js");
const { LOCALE_TABLE } = require("./i18n/locale-table.js");

const withNextIntl = createNextIntlPlugin();

/**
 * URL prefix → the locale segment of app/[locale] and pages/[locale], for every locale whose prefix
 * is not its name (`/zh-hant` → `/zh-Hant`), from the one locale table. A rewrite here is resolved
 * inside the server, whatever address it is bound to and whatever Host a request carries; a rewrite
 * returned by proxy.ts is not when the server is bound to a loopback address (docs/serving.md,
 * "Any bind address").
 */
const LOCALE_SEGMENTS = Object.fromEntries(
  Object.entries(LOCALE_TABLE)
    .map(([locale, { prefix }]) => [prefix.slice(1), locale])
    .filter(([prefix, locale]) => prefix !== locale),
);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Benchmarks build into a folder of their own so they never clobber the app's .next (bench/).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // Behind nginx (deploy/), nginx compresses with brotli and gzip and caches one uncompressed copy.
  // Next's own gzip would add `Vary: Accept-Encoding`, and nginx would then keep a copy per distinct
  // Accept-Encoding string browsers send. deploy/cluster.mjs starts replicas with NEXT_COMPRESS=0.
  compress: process.env.NEXT_COMPRESS !== "0",
  // The stylesheet stays a file (experimental.inlineCss off). Inlined, it went into every page twice:
  // once in <style> and once more in the hydration data, 37 KB each; gzip's 32 KB window cannot share
  // the copies. As a file it is one cached request across pages: the article HTML went from 39.2 to
  // 22.9 KB gzip (23.7 → 14.6 KB brotli), Lighthouse mobile from a median of 84 to 88
  // (bench/results.md).
  experimental: { inlineCss: false },
  async rewrites() {
    return {
      // Before the file system, after proxy.ts (which has already answered unknown pages with a 404).
      beforeFiles: Object.entries(LOCALE_SEGMENTS).flatMap(([prefix, segment]) => [
        { source: `/${prefix}`, destination: `/${segment}` },
        { source: `/${prefix}/:path*`, destination: `/${segment}/:path*` },
      ]),
    };
  },
  // Chinese text tools run at build time only (lib/chinese): jieba is a native addon, and pinyin-pro's
  // and wink's dictionaries need no bundling; Node loads them from node_modules.
  serverExternalPackages: ["@node-rs/jieba", "pinyin-pro", "wink-lemmatizer"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // Browsers must not guess a type other than the one we send (no script from a PNG).
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Other sites learn which article a reader came from, but not on a downgrade to http.
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // The reader needs no camera, microphone, location, payment or USB; the share sheet and
          // the clipboard (share menu) stay allowed for this site only.
          {
            key: "Permissions-Policy",
            value:
              "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), web-share=(self), clipboard-write=(self)",
          },
          // Older browsers that ignore CSP frame-ancestors: no framing (clickjacking).
          { key: "X-Frame-Options", value: "DENY" },
          // Once served over HTTPS, stay on HTTPS.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
        ],
      },
      {
        // Pages get their own CSP from proxy.ts (with their inline-script hashes); everything else
        // here is data, where nothing may run at all.
        source:
          "/:path(cards|qr|feeds|study|islands|_next|sitemap.xml|robots.txt|icon.svg|share-icon.svg)/:rest*",
        headers: [
          {
            key: "Content-Security-Policy",
            value:
              "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'",
          },
        ],
      },
      {
        // Share cards and QR codes are drawn once from stored content. A card URL with ?v=<content
        // fingerprint> (what og:image and the share menu use) and a QR code never change: keep them.
        source: "/:kind(cards|qr)/:path*",
        headers: [{ key: "Cache-Control", value: CACHE.immutable }],
      },
      {
        // The islands' scripts (scripts/build-islands.mjs) carry a hash of their content in their
        // names: a new build writes new names, so a name never changes what it serves.
        source: "/islands/:path*",
        headers: [{ key: "Cache-Control", value: CACHE.immutable }],
      },
      {
        // A card URL without ?v= shows the article as it is now: cached like a page.
        source: "/cards/:path*",
        missing: [{ type: "query", key: "v" }],
        headers: [{ key: "Cache-Control", value: CACHE.unversionedCard }],
      },
      {
        // Feeds, the sitemap and robots.txt change with the articles, and the files of public/ may
        // change with any deployment (their names carry no hash): cached like a page.
        source: "/:path(feeds/.*|sitemap.xml|robots.txt|icon.svg|share-icon.svg)",
        headers: [{ key: "Cache-Control", value: CACHE.page }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
