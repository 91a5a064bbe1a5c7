// Part of `npm test`, after the production build: the performance budgets that are stable from run to
// run (Lighthouse scores vary too much on shared machines to gate on performance), and a bounded load test. Prints each check and writes .ci/reports/quality.json for the summary.
//   - Lighthouse accessibility, best practices and SEO are 100 on the article page (mobile);
//     performance is printed, not asserted (shared, noisy machines).
//   - The reading pages (home, section, article, pair, in every locale) carry no framework: no script
//     from /_next/static/chunks/, no self.__next_f, no __NEXT_DATA__ (docs/islands.md).
//   - The article page runs at most 25 KB gzip of script before the reader's first interaction
//     (the islands' boot script and whatever loads on idle), on a desktop and on a phone.
//   - Load: 30 s × 50 connections on loopback against an article page and a share card, zero errors
//     and zero non-2xx answers; p99 printed.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import {
  frameworkMarks,
  lighthouse,
  load,
  pageBeforeInteraction,
  startNext,
} from "../bench/lib.mjs";

const PORT = Number(process.env.QUALITY_PORT ?? 3460);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const JS_BUDGET = 25 * 1024;
const slug = readdirSync("content/articles")
  .filter((f) => f.endsWith(".md"))
  .sort()[0]
  .replace(/\.md$/, "");
const checks = [];
const check = (name, ok, detail) => {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}: ${detail}`);
};

const server = await startNext(PORT, {
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${PORT}`,
});
try {
  const article = `${server.base}/en/articles/${slug}`;
  for (const prefix of ["en", "zh-hans", "zh-hant"]) {
    const pages = ["", "/sections/world", `/articles/${slug}`, `/articles/${slug}/p/2`];
    const found = [];
    for (const page of pages) {
      const marks = await frameworkMarks(server.base, `/${prefix}${page}`);
      if (marks.length > 0) found.push(`/${prefix}${page}: ${marks.join(", ")}`);
    }
    check(
      `reading pages in /${prefix} ship no framework`,
      found.length === 0,
      found.length === 0 ? `${pages.length} pages checked` : found.join("; "),
    );
  }

  for (const mobile of [false, true]) {
    const before = await pageBeforeInteraction(article, { mobile });
    check(
      `article script before the first interaction at most 25 KB gzip (${mobile ? "phone" : "desktop"})`,
      before.scriptGzip <= JS_BUDGET && before.scripts.length > 0,
      `${(before.scriptGzip / 1024).toFixed(1)} KB gzip in ${before.scripts.length} files (${before.scripts
        .map((s) => s.url.replace(/^.*\//, ""))
        .join(", ")}); ${before.requests} requests`,
    );
  }

  const scores = lighthouse(article);
  for (const [name, key] of [
    ["accessibility", "accessibility"],
    ["best practices", "bestPractices"],
    ["SEO", "seo"],
  ]) {
    check(
      `Lighthouse ${name} is 100 on the article page`,
      scores[key] === 100,
      `${scores[key]}${scores[key] === 100 ? "" : ` (failing audits: ${scores.failing.join(", ")})`}`,
    );
  }
  console.log(
    `info Lighthouse performance (reported, not asserted): ${scores.performance}, LCP ${scores.lcpMs} ms, CLS ${scores.cls}, TBT ${scores.tbtMs} ms`,
  );

  for (const [name, url] of [
    ["article page", article],
    ["share card", `${server.base}/cards/zh-hant/${slug}/p/1.png`],
  ]) {
    const result = await load(url, { seconds: LOAD_SECONDS, connections: 50 });
    check(
      `load test on the ${name} (${LOAD_SECONDS} s, 50 connections)`,
      result.errors === 0 && result.non2xx === 0 && result.requests > 0,
      `${result.requests} requests, ${result.rps}/s, p99 ${result.p99Ms} ms, ${result.errors} errors, ${result.non2xx} non-2xx`,
    );
  }
} catch (error) {
  check("quality checks ran", false, String(error).slice(0, 500));
} finally {
  server.stop();
}

mkdirSync(".ci/reports", { recursive: true });
writeFileSync(".ci/reports/quality.json", JSON.stringify(checks, null, 2));
process.exit(checks.every((c) => c.ok) ? 0 : 1);
