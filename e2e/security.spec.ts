import { expect, test } from "@playwright/test";
import { longArticle } from "./support";

const slug = longArticle.slug;
const PAGES = {
  home: "/en",
  section: `/zh-hans/sections/${longArticle.section}`,
  article: `/zh-hant/articles/${slug}`,
  "paragraph page": `/en/articles/${slug}/p/2`,
  "404 page": "/en/articles/no-such-article",
  about: "/zh-hant/about",
};
const ASSETS = {
  card: `/cards/en/${slug}.png`,
  "QR code": `/qr/en/${slug}.svg`,
  feed: "/feeds/en.xml",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
};

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  const csp = directives(headers["content-security-policy"] ?? "");
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  for (const [name, values] of csp) {
    expect(values.join(" "), name).not.toMatch(/https?:|\*|'unsafe-eval'|'wasm-unsafe-eval'/);
  }
  return csp;
}

test.describe("security headers", () => {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`the ${kind} allows only its own scripts`, async ({ request }) => {
      const response = await request.get(path);
      const csp = expectCommonHeaders(response.headers());
      const scripts = csp.get("script-src") ?? [];
      expect(scripts[0]).toBe("'self'");
      // Every page lists its inline scripts by hash, the paragraph page (drawn on first request)
      // too: a static reading page has one inline script, the boot script.
      expect(scripts.slice(1).length).toBeGreaterThan(0);
      expect(scripts.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source))).toBe(
        true,
      );
    });
  }

  for (const [kind, path] of Object.entries(ASSETS)) {
    test(`the ${kind} runs nothing`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const csp = expectCommonHeaders(response.headers());
      expect(csp.get("default-src")).toEqual(["'none'"]);
    });
  }

  for (const [kind, path] of Object.entries(PAGES)) {
    test(`the ${kind} loads its scripts with no CSP violation`, async ({ page }) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) =>
          console.error(
            `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
          ),
        );
      });
      await page.goto(path);
      // The theme toggle works only once its script (an island, or React on app router pages) runs.
      const toggle = page.getByRole("button", { name: /Switch to|切換到|切换到/ });
      const before = await page.locator("html").getAttribute("data-theme");
      await toggle.click();
      await expect(page.locator("html")).not.toHaveAttribute("data-theme", before ?? "");
      expect(violations).toEqual([]);
    });
  }
});
