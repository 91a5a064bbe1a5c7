// After `next build`: hash every inline script of every prerendered page, so proxy.ts can allow
// exactly those scripts and no others (see lib/security/csp.ts for why hashes and not nonces).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
// App router pages (notebook, about, 404) and the static reading pages (pages/: home, sections,
// articles) are prerendered into two folders; a route names the same page in both ways.
const pageDirs = [path.join(distDir, "server", "app"), path.join(distDir, "server", "pages")];
const INLINE_SCRIPT =
  /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith(".html")) yield full;
  }
}

const manifest = {};
for (const [dir, file] of pageDirs.flatMap((dir) =>
  existsSync(dir) ? [...htmlFiles(dir)].map((file) => [dir, file]) : [],
)) {
  const route = path
    .relative(dir, file)
    .replace(/\.html$/, "")
    .split(path.sep)
    .join("/");
  const html = readFileSync(file, "utf8");
  const hashes = new Set();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  manifest[route] = [...hashes].sort();
}
// Tagged with the build it describes: a later build without this step must not reuse stale hashes.
const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
writeFileSync(path.join(distDir, "csp-hashes.json"), JSON.stringify({ buildId, pages: manifest }));
console.log(`csp-hashes: ${Object.keys(manifest).length} pages hashed`);
