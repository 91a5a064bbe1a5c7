import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { localePrefixes, locales } from "@/i18n/routing";

const require = createRequire(import.meta.url);
const nextConfig = require("../../next.config.js") as {
  rewrites: () => Promise<{ beforeFiles: { source: string; destination: string }[] }>;
};

describe("locale rewrites in next.config.js", () => {
  it("map every URL prefix that differs from its locale to the locale's segment", async () => {
    const { beforeFiles } = await nextConfig.rewrites();
    for (const locale of locales) {
      const prefix = localePrefixes[locale];
      if (prefix === `/${locale}`) continue;
      expect(beforeFiles).toContainEqual({ source: prefix, destination: `/${locale}` });
      expect(beforeFiles).toContainEqual({
        source: `${prefix}/:path*`,
        destination: `/${locale}/:path*`,
      });
    }
  });

  it("rewrite nothing else", async () => {
    const { beforeFiles } = await nextConfig.rewrites();
    const differing = locales.filter((locale) => localePrefixes[locale] !== `/${locale}`);
    expect(beforeFiles).toHaveLength(differing.length * 2);
  });
});
