// Part of `npm test`, after the production build: the performance budgets that are stable from run to
// run (Lighthouse scores vary too much on shared machines to gate on performance), and a bounded load test. Prints each check and writes .ci/reports/quality.json for the summary.
//   - Lighthouse accessibility, best practices and SEO are 100 on the article page (mobile);
//     performance is printed, not asserted (shared, noisy machines).
//   - The article page's first-load JavaScript is at most 25 KB gzip above the framework's baseline.
//   - Load: 30 s × 50 connections on loopback against an article page and a share card, zero errors
//     and zero non-2xx answers; p99 printed.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { firstLoadJs, lighthouse, load, startNext } from "../bench/lib.mjs";

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
  const baseline = await firstLoadJs(server.base, "/no-page-here.txt");
  const articleJs = await firstLoadJs(server.base, `/en/articles/${slug}`);
  const above = articleJs.bytes - baseline.bytes;
  check(
    "article first-load JS within 25 KB of the framework baseline",
    above <= JS_BUDGET,
    `${(articleJs.bytes / 1024).toFixed(1)} KB gzip, ${(above / 1024).toFixed(1)} KB above the baseline of ${(baseline.bytes / 1024).toFixed(1)} KB`,
  );

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
