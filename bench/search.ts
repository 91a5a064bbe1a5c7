/**
 * `npm run bench:search` (also run by `npm run bench`): the search on a generated library of 10,000
 * articles, in Chromium with the Pixel 7 profile and the CPU slowed 4×. Prints and writes
 * bench/search-results.md: per query, the time from the last keystroke to the first result on screen
 * and the bytes the query downloaded (gzip, as served); and the index's size. Needs a production build
 * (`npm run build`): the search page is served by `next start`, the generated index by a small server
 * in front of it that gzips JSON as nginx does (deploy/). docs/search.md reads the figures.
 *
 * Ports: BENCH_SEARCH_PORT (front, default 3453), BENCH_SEARCH_NEXT_PORT (next start, default 3452).
 */
import { spawn } from "node:child_process";
import { existsSync, rmSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, devices } from "@playwright/test";
import { getArticles } from "@/lib/content/load";
import type { Article, ParagraphPair } from "@/lib/content/types";
import { SECTIONS } from "@/lib/content/types";
import { buildSearchIndex } from "@/lib/search/build";
import { writeSearchIndex } from "@/lib/search/write";
import { CHROMIUM_ARGS } from "../scripts/chromium.mjs";

const COUNT = Number(process.env.BENCH_SEARCH_ARTICLES ?? 10_000);
const FRONT = Number(process.env.BENCH_SEARCH_PORT ?? 3453);
const NEXT = Number(process.env.BENCH_SEARCH_NEXT_PORT ?? 3452);
const RUNS = 5;
const QUERIES = [
  "libraries",
  "圖書館",
  "library 图书馆",
  "prosecutors fraud",
  "经济",
  "china",
  "xylophonist",
];

/** Deterministic pseudo-random numbers, so every run generates the same library. */
function random(seed: number) {
  let state = seed;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * A library of `count` articles made of the sample library's pairs: each article takes 11 pairs at
 * random, a sample title and summary, a section and a date. Its vocabulary is the samples' (about 90
 * pairs), so every word is far more common than in a real library: posting lists are longer and
 * results more numerous than real ones, which makes the figures an upper bound on bytes per query.
 */
function generate(count: number): Article[] {
  const samples = getArticles();
  const pairs = samples.flatMap((article) => article.pairs);
  const next = random(16);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const template = pick(samples);
    const chosen: ParagraphPair[] = Array.from({ length: 11 }, (_, k) => ({
      ...pick(pairs),
      n: k + 1,
    }));
    const date = new Date(Date.UTC(2026, 10, 30) - i * 3_600_000 * 6).toISOString().slice(0, 10);
    return {
      ...template,
      slug: `generated-${i}`,
      section: pick([...SECTIONS]),
      date,
      body: chosen,
      pairs: chosen,
    };
  });
}

function dirStats(dir: string): { files: number; bytes: number; gzip: number } {
  let files = 0;
  let bytes = 0;
  let gzip = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const data = readFileSync(path.join(entry.parentPath, entry.name));
    files++;
    bytes += data.length;
    gzip += gzipSync(data, { level: 6 }).length;
  }
  return { files, bytes, gzip };
}

/** Serves `/search-index/*` from `dir` (gzip, like nginx), and proxies everything else to next start. */
function front(dir: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    if (url.pathname.startsWith("/search-index/")) {
      const file = path.join(dir, decodeURIComponent(url.pathname.slice("/search-index/".length)));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404).end();
        return;
      }
      const body = gzipSync(readFileSync(file), { level: 6 });
      response.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "cache-control": "public, max-age=31536000, immutable",
      });
      response.end(body);
      return;
    }
    const proxied = http.request(
      {
        host: "localhost",
        port: NEXT,
        path: request.url,
        method: request.method,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    proxied.on("error", () => response.writeHead(502).end());
    request.pipe(proxied);
  });
  return new Promise((resolve) => server.listen(FRONT, "127.0.0.1", () => resolve(server)));
}

async function startNext(): Promise<() => void> {
  const child = spawn("npx", ["next", "start", "-p", String(NEXT)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://localhost:${NEXT}/en`)).ok) return stop;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`next start did not answer on port ${NEXT}`);
}

/** Milliseconds after the last keystroke's input event: search started, ids known, first row's text in, shown. */
interface Phases {
  run: number;
  ids: number;
  row: number;
  total: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median of each phase's end: run, ids, row, shown. */
function phaseMedians(phases: Phases[]): string[] {
  return (["run", "ids", "row", "total"] as const).map((key) => {
    const values = phases.map((p) => p[key]).filter((v) => !Number.isNaN(v));
    return values.length ? median(values).toFixed(0) : "–";
  });
}

const loadAverage = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(" ");

async function main() {
  const loadBefore = loadAverage();
  const started = Date.now();
  const articles = generate(COUNT);
  const index = buildSearchIndex(articles);
  const built = (Date.now() - started) / 1000;
  const dir = path.join(os.tmpdir(), `bench-search-index-${process.pid}`);
  const writing = Date.now();
  writeSearchIndex(index, dir);
  const written = (Date.now() - writing) / 1000;
  const stats = dirStats(dir);
  const foldGzip = gzipSync(JSON.stringify(index.fold)).length;
  console.log(
    `index of ${COUNT} articles: ${stats.files} files, ${(stats.bytes / 2 ** 20).toFixed(0)} MB ` +
      `(${(stats.gzip / 2 ** 20).toFixed(0)} MB gzip), ${index.meta.shards} shards, built in ${built.toFixed(0)} s, written in ${written.toFixed(0)} s`,
  );

  const stopNext = await startNext();
  const server = await front(dir);
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: CHROMIUM_ARGS,
  });
  const rows: {
    query: string;
    ms: number[];
    phases: Phases[];
    kb: number[];
    requests: number;
    results: number;
  }[] = [];
  try {
    for (const query of QUERIES) {
      const row = {
        query,
        ms: [] as number[],
        phases: [] as Phases[],
        kb: [] as number[],
        requests: 0,
        results: 0,
      };
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ ...devices["Pixel 7"] });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        await cdp.send("Network.enable");
        await page.goto(`http://localhost:${FRONT}/en/search`, { waitUntil: "networkidle" });
        // Only what the query itself fetches from now on (meta.json came with the page).
        let bytes = 0;
        let requests = 0;
        let pending = 0;
        let lastActivity = Date.now();
        const urls = new Set<string>();
        cdp.on("Network.requestWillBeSent", (event) => {
          if (!event.request.url.includes("/search-index/")) return;
          urls.add(event.requestId);
          pending++;
          lastActivity = Date.now();
        });
        cdp.on("Network.loadingFinished", (event) => {
          if (!urls.has(event.requestId)) return;
          bytes += event.encodedDataLength;
          requests++;
          pending--;
          lastActivity = Date.now();
        });
        cdp.on("Network.loadingFailed", (event) => {
          if (!urls.has(event.requestId)) return;
          pending--;
          lastActivity = Date.now();
        });
        const box = page.getByRole("searchbox", { name: "Search articles" });
        await box.click();
        // Time from the input event of the last keystroke to the first result or the "nothing" line.
        // A string, not a function: tsx's helpers (__name) do not exist in the page.
        const done = page.evaluate<Phases>(`new Promise((resolve) => {
          let typed = 0;
          document.addEventListener("input", () => (typed = performance.now()), true);
          const observer = new MutationObserver(() => {
            const first = document.querySelector("main ol li article");
            const status = document.querySelector("main [role=status]")?.textContent ?? "";
            if (typed && (first || status.startsWith("Nothing"))) {
              observer.disconnect();
              const shown = performance.now();
              // The page's marks (SearchResults): pause over, ids known, first row's text in.
              const at = (name) => (performance.getEntriesByName(name).at(-1)?.startTime ?? NaN) - typed;
              resolve({ total: shown - typed, run: at("search:run"), ids: at("search:ids"), row: at("search:row") });
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        })`);
        await box.fill(query);
        const phases = await done;
        row.ms.push(phases.total);
        row.phases.push(phases);
        // Everything the query fetched (the first page's rows arrive after the first result):
        // wait until no index request has been in flight for a second.
        while (pending > 0 || Date.now() - lastActivity < 1000) await page.waitForTimeout(100);
        row.kb.push(bytes / 1024);
        row.requests = requests;
        row.results = await page.locator("main ol > li").count();
        await context.close();
      }
      rows.push(row);
      console.log(
        `${query}: first result ${median(row.ms).toFixed(0)} ms (median of ${RUNS}; ` +
          `${row.ms.map((v) => v.toFixed(0)).join(", ")}), ${median(row.kb).toFixed(1)} KB in ${row.requests} requests; ` +
          `run / ids / row / shown ${phaseMedians(row.phases).join(" / ")} ms; load ${loadAverage()}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
    stopNext();
    rmSync(dir, { recursive: true, force: true });
  }

  const loadAfter = loadAverage();
  const report = [
    "# Search benchmark",
    "",
    `Run ${new Date().toISOString()} on ${os.cpus().length} cores, by \`npm run bench:search\`. ` +
      `Generated library: ${COUNT} articles of 11 pairs drawn from the sample articles' pairs. ` +
      `Load average (1, 5, 15 min): ${loadBefore} before, ${loadAfter} after.`,
    "",
    `Index: ${stats.files} files, ${(stats.bytes / 2 ** 20).toFixed(1)} MB (${(stats.gzip / 2 ** 20).toFixed(1)} MB gzip), ` +
      `${index.meta.shards} shards; fold map ${(foldGzip / 1024).toFixed(1)} KB gzip; built in ${built.toFixed(0)} s, written in ${written.toFixed(0)} s.`,
    "",
    "Chromium, Pixel 7 profile, CPU 4× slower (DevTools throttling), loopback; the page loaded first",
    "(with `meta.json`), then the query typed. Time: from the input event to the first result (or the",
    "“nothing matched” line) in the page, including the 80 ms pause the page waits for. Bytes: gzip",
    "bytes of every `/search-index/` response for the query: the fold map (fetched when the field gets",
    "focus), the shards and the rows (one pair each) of the first 10 results; cold cache.",
    "",
    "Phases (medians, ms after the input event, from the page's performance marks): the pause is over",
    "and the search starts (run), the shards are in and the ids known (ids), the first result's",
    "row text is in (row), the first result is on screen (shown).",
    "",
    "| query | first result (median) | all runs | phases: run / ids / row / shown | downloaded | requests | results shown |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (row) =>
        `| ${row.query} | ${median(row.ms).toFixed(0)} ms | ${row.ms.map((v) => v.toFixed(0)).join(", ")} ms | ` +
        `${phaseMedians(row.phases).join(" / ")} ms | ` +
        `${median(row.kb).toFixed(1)} KB | ${row.requests} | ${row.results} |`,
    ),
    "",
  ].join("\n");
  writeFileSync(path.join("bench", "search-results.md"), report);
  console.log("wrote bench/search-results.md");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
