// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin();

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        // Share cards and QR codes are drawn once from stored content; og:image carries ?v=<content hash>,
        // so a browser or CDN may keep them for a year (issue 3: long-lived cache headers).
        source: "/:kind(cards|qr)/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
