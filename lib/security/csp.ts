import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { bootScriptSource } from "@/lib/reader/preferences";

/**
 * Content-Security-Policy for pages, so an injected script cannot run. Next writes its hydration data as inline scripts
 * (`self.__next_f.push(…)`) that differ on every page, and the boot script runs inline before paint.
 * Per-request nonces would make every page render on each request and lose static generation, so we
 * allow inline scripts by hash instead: scripts/csp-hashes.mjs hashes each prerendered page's inline
 * scripts after the build, and proxy.ts sends each page exactly its own hashes. The static reading
 * pages (pages/) have one inline script, the boot script, the same on every page: a reading page
 * rendered on demand (paragraph pages, first request) is allowed just that one. Any other page with
 * no hashes yet gets 'unsafe-inline' for scripts only, with every other directive as strict.
 */

const BASE = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
];

export function pageCsp(scriptHashes: string[] | undefined): string {
  const scripts = scriptHashes
    ? scriptHashes.map((hash) => `'${hash}'`).join(" ")
    : "'unsafe-inline'";
  return [...BASE, `script-src 'self' ${scripts}`].join("; ");
}

type Manifest = Record<string, string[]>;
let manifest: Manifest | null | undefined;

/**
 * The build's manifest of inline-script hashes per page, or null when there is none or it describes
 * another build (a `next build` run without the postbuild step): then every page gets the fallback,
 * never hashes that would block its own scripts.
 */
function loadManifest(): Manifest | null {
  if (manifest !== undefined) return manifest;
  const distDir = path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    process.env.NEXT_DIST_DIR ?? ".next",
  );
  const file = path.join(distDir, "csp-hashes.json");
  const buildIdFile = path.join(distDir, "BUILD_ID");
  if (!existsSync(file) || !existsSync(buildIdFile)) return (manifest = null);
  const saved = JSON.parse(readFileSync(file, "utf8")) as { buildId: string; pages: Manifest };
  manifest = saved.buildId === readFileSync(buildIdFile, "utf8").trim() ? saved.pages : null;
  return manifest;
}

/** The hash of the one inline script a static reading page has (components/layout/BootScript.tsx). */
export function bootScriptHash(): string {
  return `sha256-${createHash("sha256").update(bootScriptSource(), "utf8").digest("base64")}`;
}

/**
 * The CSP of the page at an internal path (`/zh-Hant/articles/x`, as the app router names it), or
 * undefined on the dev server, whose hot reloading needs eval.
 */
export function cspForPage(internalPath: string, staticReadingPage = false): string | undefined {
  if (process.env.NODE_ENV !== "production") return undefined;
  const hashes = loadManifest();
  const own = hashes?.[internalPath.replace(/^\/+|\/+$/g, "")];
  return pageCsp(own ?? (staticReadingPage ? [bootScriptHash()] : undefined));
}
