// `npm run bench`: measures the reader and writes bench/results.md (see the README for how to read it).
// Everything runs on this machine, servers on loopback only. Timings are noisy on shared machines:
// they are reported, not asserted; the stable figures are asserted by scripts/quality-checks.mjs.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  firstLoadJs,
  pageBeforeInteraction,
  get,
  largestArticle,
  lighthouse,
  load,
  percentile,
  startNext,
  staticServer,
} from "./lib.mjs";
import { servingBench, servingReport } from "./serving.mjs";

const PORT = 3450;
const STATIC_PORT = 3451;
const BUILD_SIZES = (process.env.BENCH_BUILD_SIZES ?? "10,100,1000").split(",").map(Number);
const SITE_URL = `http://localhost:${PORT}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SITE_URL };
const started = Date.now();
const log = (...args) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s]`, ...args);

// next build adds its distDir's type folders to tsconfig.json; a benchmark build must leave no trace.
const tsconfig = readFileSync("tsconfig.json", "utf8");

function build(extraEnv = {}) {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", "npx", "next", "build"], {
    env: { ...env, ...extraEnv },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync("tsconfig.json", tsconfig);
  if (result.status !== 0)
    throw new Error(`build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const [seconds, maxKb] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { seconds, peakMb: Math.round(maxKb / 1024) };
}

const slug = largestArticle();
const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
};

log("production build of the sample library");
results.build = build();
spawnSync("node", ["scripts/csp-hashes.mjs"], { env, stdio: "inherit" });

let server = await startNext(PORT, env);
try {
  log("JavaScript a first visit runs");
  const routes = {
    home: "/en",
    section: "/en/sections/china",
    article: `/en/articles/${slug}`,
    "article, 繁體中文": `/zh-hant/articles/${slug}`,
    "paragraph page": `/en/articles/${slug}/p/2`,
    about: "/en/about",
    "vocabulary notebook": "/en/vocabulary",
  };
  results.js = {};
  for (const [name, route] of Object.entries(routes)) {
    const tags = await firstLoadJs(server.base, route);
    const visit = await pageBeforeInteraction(`${server.base}${route}`);
    results.js[name] = { ...tags, beforeInteraction: visit.scriptGzip, requests: visit.requests };
  }

  log("Lighthouse (mobile)");
  results.lighthouse = {
    home: lighthouse(`${server.base}/en`),
    "article (bilingual)": lighthouse(`${server.base}/en/articles/${slug}`),
    "article, 繁體中文": lighthouse(`${server.base}/zh-hant/articles/${slug}`),
  };

  log("share cards, warm process");
  const cardUrls = [];
  for (const prefix of ["en", "zh-hans", "zh-hant"]) {
    cardUrls.push(`/cards/${prefix}/${slug}.png`);
    for (let n = 1; n <= 8; n++) cardUrls.push(`/cards/${prefix}/${slug}/p/${n}.png`);
  }
  const warm = [];
  const sizes = [];
  const cached = [];
  for (const url of cardUrls) {
    let t = performance.now();
    const body = await get(`${server.base}${url}`);
    warm.push(performance.now() - t);
    sizes.push(body.length);
    t = performance.now();
    await get(`${server.base}${url}`);
    cached.push(performance.now() - t);
  }
  results.cards = { warm, cached, sizes };

  log("throughput: next start against a static file server");
  const htmlFile = path.join(".next", "server", "app", "en", "articles", `${slug}.html`);
  const staticSite = await staticServer(readFileSync(htmlFile), STATIC_PORT);
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 15);
  results.throughput = {
    next: await load(`${server.base}/en/articles/${slug}`, { seconds, connections: 50 }),
    static: await load(`http://127.0.0.1:${STATIC_PORT}/`, { seconds, connections: 50 }),
    seconds,
  };
  staticSite.close();
} finally {
  server.stop();
}

log("share cards, cold process (3 fresh servers)");
results.cards.cold = [];
for (const prefix of ["en", "zh-hans", "zh-hant"]) {
  server = await startNext(PORT, env);
  try {
    const t = performance.now();
    await get(`${server.base}/cards/${prefix}/${slug}/p/9.png`);
    results.cards.cold.push(performance.now() - t);
  } finally {
    server.stop();
  }
  await new Promise((r) => setTimeout(r, 500));
}

log("serving through nginx (bench/serving.mjs)");
results.serving = await servingBench({ log });
log(`build time with generated articles: ${BUILD_SIZES.join(", ")}`);
results.scaling = [];
const template = readFileSync(path.join("content", "articles", `${slug}.md`), "utf8");
for (const count of BUILD_SIZES) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-articles-"));
  const distDir = `.next-bench-${count}`;
  try {
    for (let i = 0; i < count; i++) {
      const date = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString().slice(0, 10);
      writeFileSync(
        path.join(dir, `generated-${i}.md`),
        template.replace(/^date: .*$/m, `date: ${date}`),
      );
    }
    log(`  ${count} articles`);
    results.scaling.push({ count, ...build({ CONTENT_DIR: dir, NEXT_DIST_DIR: distDir }) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
}

mkdirSync("bench", { recursive: true });
writeFileSync("bench/results.md", report(results));
writeFileSync("bench/results.json", JSON.stringify(results, null, 2));
log("wrote bench/results.md");
spawnSync("npm", ["run", "--silent", "bench:editor"], { env, stdio: "inherit" }); // importer and aligner: bench/editor.ts
spawnSync("node", ["bench/pinyin.mjs"], { env, stdio: "inherit" }); // its own section of results.md
spawnSync("npm", ["run", "--silent", "bench:search"], { env, stdio: "inherit" }); // bench/search-results.md

function report(r) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (v) => `${Math.round(v)} ms`;
  const lines = [
    "# Benchmarks",
    "",
    `Run ${r.date} on ${r.machine}, by \`npm run bench\`. Article: \`${slug}\`.`,
    "",
    "## Lighthouse 12 (mobile emulation, one run each)",
    "",
    "| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...Object.entries(r.lighthouse).map(
      ([page, l]) =>
        `| ${page} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${ms(l.lcpMs)} | ${l.cls} | ${ms(l.tbtMs)} |`,
    ),
    "",
    "## JavaScript a first visit runs (gzip)",
    "",
    "| route | script tags | their gzip | all script before any interaction | requests |",
    "| --- | --- | --- | --- | --- |",
    ...Object.entries(r.js).map(
      ([route, j]) =>
        `| ${route} | ${j.files} | ${kb(j.bytes)} | ${kb(j.beforeInteraction)} | ${j.requests} |`,
    ),
    "",
    "Reading pages (home, section, article, paragraph) are static HTML with islands (docs/islands.md): their",
    "one script tag is the islands' boot script; idle-loaded islands are in the next column. Budgets: the",
    "article page at most 25 KB before any interaction; the notebook (App Router, React) no larger than the",
    "169.8 KB gzip it had before the reading pages left the App Router.",
    "",
    "## Share cards (1200×630 PNG, through `next start`)",
    "",
    "| | p50 | p95 | n |",
    "| --- | --- | --- | --- |",
    `| cold: first card a fresh server draws | ${ms(percentile(r.cards.cold, 50))} | ${ms(percentile(r.cards.cold, 95))} | ${r.cards.cold.length} |`,
    `| warm: a new card in a running server | ${ms(percentile(r.cards.warm, 50))} | ${ms(percentile(r.cards.warm, 95))} | ${r.cards.warm.length} |`,
    `| cached: the same card again | ${ms(percentile(r.cards.cached, 50))} | ${ms(percentile(r.cards.cached, 95))} | ${r.cards.cached.length} |`,
    "",
    `PNG size: median ${kb(percentile(r.cards.sizes, 50))}, largest ${kb(Math.max(...r.cards.sizes))}.`,
    "",
    "## Build time",
    "",
    `Sample library: ${r.build.seconds} s, peak memory ${r.build.peakMb} MB.`,
    "",
    "| generated articles | build | peak memory | per article |",
    "| --- | --- | --- | --- |",
    ...r.scaling.map((s, i) => {
      const prev = r.scaling[i - 1];
      const marginal = prev
        ? `${(((s.seconds - prev.seconds) / (s.count - prev.count)) * 1000).toFixed(0)} ms marginal`
        : "";
      return `| ${s.count} | ${s.seconds} s | ${s.peakMb} MB | ${marginal} |`;
    }),
    "",
    "Each generated article is a copy of the sample article (three locales each); paragraph pages are",
    "drawn on first request and are not part of the build.",
    "",
    `## Throughput (autocannon, 50 connections, ${r.throughput.seconds} s each, loopback)`,
    "",
    "| server | requests/s | p50 | p99 | errors | non-2xx |",
    "| --- | --- | --- | --- | --- | --- |",
    `| next start, article page | ${r.throughput.next.rps} | ${r.throughput.next.p50Ms} ms | ${r.throughput.next.p99Ms} ms | ${r.throughput.next.errors} | ${r.throughput.next.non2xx} |`,
    `| plain static server, same HTML | ${r.throughput.static.rps} | ${r.throughput.static.p50Ms} ms | ${r.throughput.static.p99Ms} ms | ${r.throughput.static.errors} | ${r.throughput.static.non2xx} |`,
    "",
    `next start serves ${((r.throughput.next.rps / r.throughput.static.rps) * 100).toFixed(0)}% of the static server's requests per second.`,
    "",
    servingReport(r.serving),
  ];
  return lines.join("\n");
}
