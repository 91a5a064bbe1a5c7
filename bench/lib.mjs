// Shared measuring tools for `npm run bench` (bench/run.mjs) and the CI budget checks
// (scripts/quality-checks.mjs). Every server here listens on loopback only.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { CHROMIUM_ARGS } from "../scripts/chromium.mjs";

export const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

/**
 * GET with one retry: after a long pause (a Lighthouse run) the server may have closed a kept-alive
 * connection that fetch then tries to reuse ("other side closed").
 */
export async function get(url) {
  try {
    return Buffer.from(await (await fetch(url)).arrayBuffer());
  } catch {
    return Buffer.from(await (await fetch(url)).arrayBuffer());
  }
}

/** Starts `next start` on a loopback port and resolves once it answers. */
export async function startNext(port, env = {}) {
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(`${base}/en`);
      if (response.ok) return { base, stop: () => stopTree(child), log: () => log };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopTree(child);
  throw new Error(`next start did not answer on ${base}:\n${log}`);
}

export function stopTree(child) {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

/**
 * JavaScript a first visit downloads, gzip bytes: every `<script src>` of the page (module scripts;
 * the `noModule` polyfill is skipped by every current browser).
 */
export async function firstLoadJs(base, path) {
  const html = (await get(`${base}${path}`)).toString("utf8");
  const sources = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
    .filter(([, before, , after]) => !/noModule/i.test(before + after))
    .map(([, , src]) => src);
  let bytes = 0;
  for (const src of new Set(sources)) {
    const body = await get(new URL(src, base).href);
    bytes += gzipSync(body, { level: 6 }).length;
  }
  return { bytes, files: new Set(sources).size };
}

/** Signs of a framework runtime in a page's HTML: its script chunks and its hydration data. */
export const FRAMEWORK_MARKS = [
  {
    name: "a script from /_next/static/chunks/",
    pattern: /<script\b[^>]*\bsrc="[^"]*\/_next\/static\/chunks\//,
  },
  { name: "React server component data (self.__next_f)", pattern: /self\.__next_f/ },
  { name: "Pages Router data (__NEXT_DATA__)", pattern: /__NEXT_DATA__/ },
];

/** Which framework marks a page's HTML carries (none, for a static reading page). */
export async function frameworkMarks(base, path) {
  const html = (await get(`${base}${path}`)).toString("utf8");
  return FRAMEWORK_MARKS.filter(({ pattern }) => pattern.test(html)).map(({ name }) => name);
}

/**
 * What a first visit to a page runs and asks for before the reader does anything: the page is
 * loaded in Chromium, left alone until the network and the main thread have been quiet for a while
 * (idle-loaded islands included), and every request is counted. Script bytes are gzip (level 6) of
 * each script's body, as a server would send them.
 */
export async function pageBeforeInteraction(url, { settleMs = 3000, mobile = false } = {}) {
  const { chromium, devices } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext(mobile ? devices["Pixel 7"] : {});
    const page = await context.newPage();
    const requests = [];
    const scripts = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      try {
        scripts.push({
          url: response.url(),
          gzip: gzipSync(await response.body(), { level: 6 }).length,
        });
      } catch {
        // a redirect or an aborted response has no body
      }
    });
    await page.goto(url, { waitUntil: "networkidle" });
    await page.waitForTimeout(settleMs);
    await page.close();
    return {
      requests: requests.length,
      scripts,
      scriptGzip: scripts.reduce((sum, script) => sum + script.gzip, 0),
    };
  } finally {
    await browser.close();
  }
}

/**
 * One Lighthouse run (mobile, its default), scores out of 100 and the three web vitals. Headless
 * Chromium now and then reports "did not paint any content" (NO_FCP) on a busy machine: try again.
 */
export function lighthouse(url, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouseOnce(url);
    } catch (error) {
      if (attempt >= attempts || !/NO_FCP|NO_LCP|PROTOCOL_TIMEOUT/.test(String(error))) throw error;
    }
  }
}

function lighthouseOnce(url) {
  const out = `/tmp/lighthouse-${process.pid}-${Date.now()}.json`;
  const result = spawnSync(
    "npx",
    [
      "lighthouse",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  if (result.status !== 0)
    throw new Error(`lighthouse failed for ${url}: ${result.stderr?.slice(-2000)}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  const failing = Object.entries(report.audits)
    .filter(
      ([, a]) =>
        a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode),
    )
    .map(([id]) => id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(audit("largest-contentful-paint")),
    cls: Number(audit("cumulative-layout-shift").toFixed(3)),
    tbtMs: Math.round(audit("total-blocking-time")),
    failing,
  };
}

/**
 * A bounded load run on loopback: `seconds` long, `connections` at once. With `unique`, each request
 * asks for its own query string (`?load=n`), so a cache in front cannot answer it: every request
 * reaches a replica.
 */
export async function load(url, { seconds, connections, unique = false }) {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error(`loopback only: ${url}`);
  const { pathname } = new URL(url);
  let n = 0;
  const result = await autocannon({
    url,
    duration: seconds,
    connections,
    ...(unique
      ? {
          requests: [
            { method: "GET", setupRequest: (r) => ({ ...r, path: `${pathname}?load=${n++}` }) },
          ],
        }
      : {}),
  });
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The article with the most blocks (the largest page), the page every benchmark measures. */
export function largestArticle() {
  const dir = path.join("content", "articles");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".md"))
    .map((file) => ({
      slug: file.replace(/\.md$/, ""),
      blocks: readFileSync(path.join(dir, file), "utf8").split(/\n\s*\n/).length,
    }))
    .sort((a, b) => b.blocks - a.blocks)[0].slug;
}

/** A plain static file server answering every request with `body` as HTML: the speed to beat. */
export function staticServer(body, port) {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-length": body.length,
    });
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ close: () => server.close() })),
  );
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
