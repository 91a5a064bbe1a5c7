// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin();

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Benchmarks build into a folder of their own so they never clobber the app's .next (bench/).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // The stylesheet is small (Tailwind, one file): inlining it saves a render-blocking request, which
  // Lighthouse counted against LCP on the throttled mobile profile.
  experimental: { inlineCss: true },
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
        source: "/:path(cards|qr|feeds|study|_next|sitemap.xml|robots.txt|icon.svg)/:rest*",
        headers: [
          {
            key: "Content-Security-Policy",
            value:
              "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'",
          },
        ],
      },
      {
        // Share cards and QR codes are drawn once from stored content; og:image carries ?v=<content hash>,
        // so a browser or CDN may keep them for a year (a new version is a new URL, so nothing stale is served).
        source: "/:kind(cards|qr)/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
