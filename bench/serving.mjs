// Serving measures for `npm run bench` (and the HTML sizes the serving tests check): the article page
// through nginx in front of two replicas, its bytes as sent, throughput beside one replica and a
// plain static file server (bench/lib.mjs).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import {
  largestArticle,
  lighthouse,
  load,
  pageBeforeInteraction,
  percentile,
  staticServer,
} from "./lib.mjs";

/** Bytes of a body as a browser would get it: raw, gzip (level 6) and brotli (level 5, as nginx). */
export function compressedSizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 6 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
    }).length,
  };
}

/**
 * What an article page's HTML is made of: framework inline data (the App Router's
 * `self.__next_f.push` scripts, which carried the page's tree a second time for hydration; none on a
 * static reading page), class attributes, the rest.
 */
export function htmlAnatomy(html) {
  const text = html.toString("utf8");
  const inline = [...text.matchAll(/<script>(self\.__next_f\.push[\s\S]*?)<\/script>/g)]
    .map((m) => m[1].length)
    .reduce((a, b) => a + b, 0);
  const classes = [...text.matchAll(/ class="([^"]*)"/g)]
    .map((m) => m[0].length)
    .reduce((a, b) => a + b, 0);
  const styles = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map((m) => m[0].length)
    .reduce((a, b) => a + b, 0);
  return { total: Buffer.byteLength(text), inlineData: inline, classAttributes: classes, styles };
}

// `node bench/serving.mjs` (also the last step of `npm run bench`): the article page through nginx
// in front of two replicas. Lighthouse (mobile) five times, what a first visit asks for and runs
// before any interaction, the page's bytes as sent, throughput
// beside one replica and a plain static server. Writes bench/serving.json and the "Serving" section
// of bench/results.md. Uses the existing build (`npm run build` first).
const PORT = 8330;
const REPLICA_PORTS = [8331, 8332];
const STATIC_PORT = 8333;
const SECTION_START = "<!-- serving: written by bench/serving.mjs -->";
const SECTION_END = "<!-- /serving -->";

export async function servingBench({ seconds = 15, lighthouseRuns = 5, log = console.log } = {}) {
  const { startCluster } = await import("../deploy/cluster.mjs");
  const slug = largestArticle();
  const path = `/en/articles/${slug}`;
  const cluster = await startCluster({ port: PORT, replicaPorts: REPLICA_PORTS });
  const results = { date: new Date().toISOString(), slug, seconds };
  try {
    const identity = Buffer.from(await (await fetch(`${cluster.base}${path}`)).arrayBuffer());
    results.html = { ...compressedSizes(identity), anatomy: htmlAnatomy(identity) };
    for (const encoding of ["br", "gzip"]) {
      const response = await sentBytes(PORT, path, encoding);
      results.html[`sent_${encoding}`] = response;
    }
    log(`article HTML: ${JSON.stringify(results.html)}`);

    results.firstVisit = {};
    for (const device of ["desktop", "phone"]) {
      const visit = await pageBeforeInteraction(`${cluster.base}${path}`, {
        mobile: device === "phone",
      });
      results.firstVisit[device] = {
        requests: visit.requests,
        scriptGzip: visit.scriptGzip,
        scripts: visit.scripts.map((s) => `${s.url.replace(/^.*\//, "")} ${s.gzip}`),
      };
    }
    log(`first visit: ${JSON.stringify(results.firstVisit)}`);

    results.lighthouse = [];
    for (let i = 0; i < lighthouseRuns; i++) {
      const run = lighthouse(`${cluster.base}${path}`);
      log(
        `Lighthouse ${i + 1}: performance ${run.performance}, LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms`,
      );
      results.lighthouse.push(run);
    }
    const median = (key) =>
      percentile(
        results.lighthouse.map((r) => r[key]),
        50,
      );
    results.lighthouseMedian = {
      performance: median("performance"),
      lcpMs: median("lcpMs"),
      tbtMs: median("tbtMs"),
      cls: median("cls"),
    };

    const server = await staticServer(identity, STATIC_PORT);
    try {
      const options = { seconds, connections: 50 };
      results.throughput = {
        static: await load(`http://127.0.0.1:${STATIC_PORT}/`, options),
        replica: await load(`http://127.0.0.1:${REPLICA_PORTS[0]}${path}`, options),
        nginx: await load(`${cluster.base}${path}`, options),
      };
    } finally {
      server.close();
    }
    log(`throughput: ${JSON.stringify(results.throughput)}`);
  } finally {
    await cluster.stop();
  }
  return results;
}

/** Bytes on the wire for one encoding (node's fetch would decompress them). */
function sentBytes(port, path, encoding) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers: { "accept-encoding": encoding } }, (res) => {
        let bytes = 0;
        res.on("data", (c) => (bytes += c.length));
        res.on("end", () => resolve(bytes));
      })
      .on("error", reject);
  });
}

export function servingReport(r) {
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const t = r.throughput;
  const m = r.lighthouseMedian;
  const row = (name, x) =>
    `| ${name} | ${x.rps} | ${x.p50Ms} ms | ${x.p99Ms} ms | ${x.errors} | ${x.non2xx} |`;
  return [
    SECTION_START,
    "## Serving through nginx (`bench/serving.mjs`)",
    "",
    `Run ${r.date}: nginx (deploy/) in front of two \`next start\` replicas on loopback; article \`${r.slug}\`.`,
    "",
    "| Lighthouse (mobile, simulated) | performance | LCP | TBT | CLS |",
    "| --- | --- | --- | --- | --- |",
    ...r.lighthouse.map(
      (l, i) => `| run ${i + 1} | ${l.performance} | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} |`,
    ),
    `| **median** | **${m.performance}** | **${m.lcpMs} ms** | **${m.tbtMs} ms** | ${m.cls} |`,
    "",
    `Budget: performance at least 98 (median of ${r.lighthouse.length}), TBT at most 100 ms, LCP at most 1.5 s, CLS 0.`,
    "",
    "| first visit, before any interaction | requests | script, gzip |",
    "| --- | --- | --- |",
    ...Object.entries(r.firstVisit ?? {}).map(
      ([device, v]) =>
        `| ${device} | ${v.requests} | ${kb(v.scriptGzip)} (${v.scripts.join(", ")}) |`,
    ),
    "",
    "Budgets: script before the first interaction at most 25 KB gzip; at most 13 requests (the App Router page made 13 per view).",
    "",
    "| article HTML | bytes |",
    "| --- | --- |",
    `| uncompressed | ${kb(r.html.raw)} |`,
    `| as sent by nginx, brotli | ${kb(r.html.sent_br)} |`,
    `| as sent by nginx, gzip | ${kb(r.html.sent_gzip)} |`,
    `| of which inline hydration data (uncompressed) | ${kb(r.html.anatomy.inlineData)} |`,
    `| of which class attributes / inline styles | ${kb(r.html.anatomy.classAttributes)} / ${kb(r.html.anatomy.styles)} |`,
    "",
    `Throughput (autocannon, 50 connections, ${r.seconds} s each, no compression asked):`,
    "",
    "| server | requests/s | p50 | p99 | errors | non-2xx |",
    "| --- | --- | --- | --- | --- | --- |",
    row("plain static server, same HTML", t.static),
    row("one replica (`next start`), no nginx", t.replica),
    row("nginx in front of two replicas", t.nginx),
    "",
    `nginx serves ${Math.round((t.nginx.rps / t.static.rps) * 100)} % of the static server's requests per second (budget: at least 90 %).`,
    "",
  ].join("\n");
}

/**
 * Replaces (or appends) the serving section of bench/results.md, between its two markers; the
 * sections other benchmarks write after it (pinyin, Traditional text) stay as they are.
 */
export function writeServingReport(r) {
  const file = "bench/results.md";
  const old = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const at = old.indexOf(SECTION_START);
  const before = (at === -1 ? old : old.slice(0, at)).trimEnd();
  let after = "";
  if (at !== -1) {
    const end = old.indexOf(SECTION_END, at);
    // A file from before the end marker: the section ran to the next section of another writer.
    const next = old.slice(at + SECTION_START.length).search(/\n(<!-- |## (?!Serving))/);
    if (end !== -1) after = old.slice(end + SECTION_END.length);
    else if (next !== -1) after = old.slice(at + SECTION_START.length + next);
  }
  writeFileSync(
    file,
    `${before}\n\n${servingReport(r)}\n${SECTION_END}\n${after.replace(/^\s*/, "\n")}`,
  );
  writeFileSync("bench/serving.json", JSON.stringify(r, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await servingBench();
  writeServingReport(results);
  console.log(servingReport(results));
}
