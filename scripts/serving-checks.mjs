// Part of `npm test`, after the production build: the app as an operator runs it (docs/serving.md).
//   - bound to 127.0.0.1, 0.0.0.0, :: and the default, with a public Host, X-Forwarded-Host and
//     X-Forwarded-Proto, every locale's pages answer (the locale rewrite never leaves the process);
//   - through nginx (deploy/) in front of two replicas: cache hits, the negotiated `/` per reader,
//     brotli and gzip, no cookies, the cache rules, 304s;
//   - load through nginx beside one replica alone and a plain static server (bounded, loopback);
//   - Lighthouse (mobile) on the article page through nginx: performance, accessibility, SEO;
//   - a replica killed during a load test through nginx: no failed request; it rejoins.
// Prints each check and writes .ci/reports/serving.json for the summary. Ports: SERVING_PORT and
// the next few (default 8310–8323).
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { largestArticle, lighthouse, load, staticServer } from "../bench/lib.mjs";
import { compressedSizes } from "../bench/serving.mjs";
import { startCluster } from "../deploy/cluster.mjs";

const BASE_PORT = Number(process.env.SERVING_PORT ?? 8310);
const BIND_PORT = BASE_PORT;
const STATIC_PORT = BASE_PORT + 1;
const NGINX_PORT = BASE_PORT + 10;
const REPLICA_PORTS = [BASE_PORT + 11, BASE_PORT + 12];
const LOAD_SECONDS = Number(process.env.SERVING_LOAD_SECONDS ?? 10);
const PUBLIC_HOST = "reader.example";
const slug = largestArticle();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const checks = [];
const check = (name, ok, detail) => {
  checks.push({ name, ok: Boolean(ok), detail });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}: ${detail}`);
};

/** One GET over http.request, which (unlike fetch) sends the Host header it is given. */
function get(port, path, headers = {}, host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const request = http.get({ host, port, path, headers, timeout: 10_000 }, (response) => {
      const chunks = [];
      response.on("data", (c) => chunks.push(c));
      response.on("end", () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    request.on("timeout", () => request.destroy(new Error(`timed out: ${path}`)));
    request.on("error", reject);
  });
}

const htmlLang = (body) => body.toString("utf8").match(/<html lang="([^"]+)"/)?.[1];

async function ipv6Available() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(0, "::1", () => server.close(() => resolve(true)));
  });
}

// --- Any bind address, any Host -------------------------------------------------------------------

async function checkBind(bind) {
  const args = ["node_modules/next/dist/bin/next", "start", "-p", String(BIND_PORT)];
  if (bind !== "default") args.push("-H", bind);
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  try {
    for (let i = 0; i < 150; i++) {
      try {
        await get(BIND_PORT, "/en");
        break;
      } catch {
        await sleep(200);
      }
    }
    const forwarded = {
      host: PUBLIC_HOST,
      "x-forwarded-host": PUBLIC_HOST,
      "x-forwarded-proto": "https",
      "x-forwarded-for": "203.0.113.7",
    };
    const problems = [];
    const expectations = [
      ["/zh-hans", { host: PUBLIC_HOST }, 200, "zh-Hans"],
      [`/zh-hant/articles/${slug}`, forwarded, 200, "zh-Hant"],
      [`/zh-hans/articles/${slug}/p/2`, forwarded, 200, "zh-Hans"],
      [`/en/articles/${slug}`, forwarded, 200, "en"],
      ["/zh-hant/articles/no-such-article", forwarded, 404, "zh-Hant"],
    ];
    for (const [path, headers, status, lang] of expectations) {
      const started = Date.now();
      try {
        const response = await get(BIND_PORT, path, headers);
        if (response.status !== status || htmlLang(response.body) !== lang)
          problems.push(`${path}: ${response.status} lang=${htmlLang(response.body)}`);
        else if (Date.now() - started > 5000)
          problems.push(`${path}: took ${Date.now() - started} ms`);
      } catch (error) {
        problems.push(`${path}: ${error.message}`);
      }
    }
    const root = await get(BIND_PORT, "/", { ...forwarded, "accept-language": "zh-TW" });
    if (root.status !== 307 || root.headers.location !== "/zh-hant")
      problems.push(`/: ${root.status} → ${root.headers.location}`);
    if (/Failed to proxy/.test(output)) problems.push("the server proxied a rewrite to itself");
    check(
      `bound to ${bind}, requests for Host ${PUBLIC_HOST}: every locale answers in the process`,
      problems.length === 0,
      problems.length ? problems.join("; ") : `${expectations.length + 1} requests as expected`,
    );
  } finally {
    child.kill("SIGTERM");
    await Promise.race([new Promise((r) => child.once("exit", r)), sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}

// --- Through nginx --------------------------------------------------------------------------------

async function checkCache(cluster) {
  const article = `/en/articles/${slug}`;
  const first = await get(NGINX_PORT, article);
  const second = await get(NGINX_PORT, article);
  check(
    "an article's second request through nginx is a cache hit",
    first.status === 200 && second.status === 200 && second.headers["x-cache"] === "HIT",
    `first ${first.headers["x-cache"]}, second ${second.headers["x-cache"]}`,
  );

  const cookies = [];
  for (const path of ["/en", article, "/zh-hant/articles/no-such-article", "/"])
    if ((await get(NGINX_PORT, path)).headers["set-cookie"]) cookies.push(path);
  check("no page view sets a cookie", cookies.length === 0, cookies.join(", ") || "none");

  const rules = {
    page: second.headers["cache-control"],
    notFound: (await get(NGINX_PORT, "/en/no-such-page")).headers["cache-control"],
    root: (await get(NGINX_PORT, "/")).headers["cache-control"],
  };
  check(
    "pages are kept briefly by shared caches, 404s more briefly, the negotiated / by none",
    /public/.test(rules.page) &&
      /s-maxage=60\b/.test(rules.page) &&
      /stale-while-revalidate=/.test(rules.page) &&
      /s-maxage=30\b/.test(rules.notFound) &&
      /no-store/.test(rules.root),
    JSON.stringify(rules),
  );

  for (const order of [
    ["zh-TW", "en-US"],
    ["en-US", "zh-TW"],
  ]) {
    const seen = [];
    for (const language of [...order, ...order])
      seen.push((await get(NGINX_PORT, "/", { "accept-language": language })).headers.location);
    const expected = order.map((l) => (l === "zh-TW" ? "/zh-hant" : "/en"));
    check(
      `/ through nginx sends ${order.join(", then ")} to their own language`,
      seen.join() === [...expected, ...expected].join(),
      seen.join(", "),
    );
  }

  const identity = (await get(NGINX_PORT, article)).body;
  const br = await get(NGINX_PORT, article, { "accept-encoding": "br, gzip" });
  const gz = await get(NGINX_PORT, article, { "accept-encoding": "gzip" });
  const brOk =
    br.headers["content-encoding"] === "br" && brotliDecompressSync(br.body).equals(identity);
  const gzOk = gz.headers["content-encoding"] === "gzip" && gunzipSync(gz.body).equals(identity);
  check(
    "brotli for a client that asks for it, gzip for one that asks only for gzip",
    brOk && gzOk && br.headers["x-cache"] === "HIT",
    `article: ${identity.length} B, brotli ${br.body.length} B (${br.headers["x-cache"]}), gzip ${gz.body.length} B`,
  );

  const etag = second.headers.etag;
  const conditional = await get(NGINX_PORT, article, { "if-none-match": etag });
  check(
    "a conditional request is answered 304",
    etag && conditional.status === 304,
    `ETag ${etag}: ${conditional.status}`,
  );

  const card = await get(NGINX_PORT, `/cards/en/${slug}.png?v=test`);
  const plainCard = await get(NGINX_PORT, `/cards/en/${slug}.png`);
  check(
    "a versioned card is immutable, an un-versioned one is not",
    /immutable/.test(card.headers["cache-control"]) &&
      !/immutable/.test(plainCard.headers["cache-control"]),
    `?v=: ${card.headers["cache-control"]}; none: ${plainCard.headers["cache-control"]}`,
  );
  void cluster;
}

async function checkLoad(cluster) {
  const article = `/en/articles/${slug}`;
  const html = (await get(REPLICA_PORTS[0], article)).body;
  const server = await staticServer(html, STATIC_PORT);
  const runs = {};
  try {
    const options = { seconds: LOAD_SECONDS, connections: 50 };
    runs.static = await load(`http://127.0.0.1:${STATIC_PORT}/`, options);
    runs.replica = await load(`http://127.0.0.1:${REPLICA_PORTS[0]}${article}`, options);
    runs.nginx = await load(`${cluster.base}${article}`, options);
  } finally {
    server.close();
  }
  const line = (r) => `${r.rps} req/s, p99 ${r.p99Ms} ms, ${r.errors} errors, ${r.non2xx} non-2xx`;
  // Reported beside nginx, not asserted: one replica alone times out now and then on a busy machine.
  console.log(
    `info load ${LOAD_SECONDS} s × 50 connections, plain static server: ${line(runs.static)}`,
  );
  console.log(
    `info load ${LOAD_SECONDS} s × 50 connections, one replica alone: ${line(runs.replica)}`,
  );
  check(
    `load ${LOAD_SECONDS} s × 50 connections through nginx in front of two replicas`,
    runs.nginx.errors === 0 && runs.nginx.non2xx === 0 && runs.nginx.requests > 0,
    line(runs.nginx),
  );
  console.log(
    `info nginx serves ${Math.round((runs.nginx.rps / runs.static.rps) * 100)} % of the static server's requests per second (${compressedSizes(html).raw} B page)`,
  );
  return runs;
}

/**
 * Lighthouse (mobile) on the article page as readers get it, through nginx. The reading pages are
 * static HTML with islands, so the score no longer swings with the main thread: the median of three
 * runs must reach 95 (the budget in `npm run bench:serving` is 98 as the median of five on a quiet
 * machine; this leaves room for a busy one), with accessibility, best practices and SEO at 100.
 */
async function checkLighthouse(cluster) {
  const runs = [0, 1, 2].map(() => lighthouse(`${cluster.base}/en/articles/${slug}`));
  const median = (key) => runs.map((run) => run[key]).sort((a, b) => a - b)[1];
  const listed = runs
    .map((r) => `${r.performance} (TBT ${r.tbtMs} ms, LCP ${r.lcpMs} ms)`)
    .join(", ");
  check(
    "Lighthouse performance through nginx, median of three, at least 95",
    median("performance") >= 95,
    `median ${median("performance")}; runs ${listed}`,
  );
  const others = ["accessibility", "bestPractices", "seo"];
  const short = others.filter((key) => runs.some((run) => run[key] !== 100));
  check(
    "Lighthouse accessibility, best practices and SEO are 100 through nginx",
    short.length === 0,
    short.length === 0
      ? "100 in every run"
      : `${short.join(", ")} below 100 (failing: ${[...new Set(runs.flatMap((r) => r.failing))].join(", ")})`,
  );
}

async function checkCrash(cluster) {
  const [victim] = cluster.replicas;
  const article = `/en/articles/${slug}`;
  // Every request has its own query string, so the cache answers none: all reach a replica.
  const running = load(`${cluster.base}${article}`, {
    seconds: LOAD_SECONDS,
    connections: 20,
    unique: true,
  });
  await sleep((LOAD_SECONDS * 1000) / 3);
  victim.crash();
  const crashedAt = Date.now();
  const result = await running;
  check(
    `a replica killed during ${LOAD_SECONDS} s of load through nginx: no failed request`,
    result.errors === 0 && result.non2xx === 0 && result.requests > 0,
    `${result.requests} requests, ${result.errors} errors, ${result.non2xx} non-2xx, p99 ${result.p99Ms} ms`,
  );

  await victim.ready();
  await sleep(3500); // nginx tries a failed server again after fail_timeout (deploy/cluster.mjs)
  const before = (await cluster.accessLog()).length;
  for (let i = 0; i < 20; i++) await get(NGINX_PORT, `${article}?rejoin=${i}`);
  const served = (await cluster.accessLog())
    .slice(before)
    .map((line) => line.match(/upstream=(\S+)/)?.[1]);
  const byVictim = served.filter((u) => u === victim.address).length;
  check(
    "the killed replica is restarted and rejoins",
    victim.restarts >= 1 && byVictim > 0,
    `restarted ${victim.restarts}×, ${((Date.now() - crashedAt) / 1000).toFixed(1)} s after the crash it answered ${byVictim} of ${served.length} requests`,
  );
}

// --------------------------------------------------------------------------------------------------

const binds = ["127.0.0.1", "0.0.0.0", "default"];
if (await ipv6Available()) binds.splice(2, 0, "::");
else console.log("info no IPv6 on this machine: bind to :: not tried");
for (const bind of binds) {
  try {
    await checkBind(bind);
  } catch (error) {
    check(`bound to ${bind}`, false, String(error).slice(0, 500));
  }
}

let cluster;
try {
  cluster = await startCluster({ port: NGINX_PORT, replicaPorts: REPLICA_PORTS });
  await checkCache(cluster);
  await checkLoad(cluster);
  await checkLighthouse(cluster);
  await checkCrash(cluster);
} catch (error) {
  check("serving through nginx", false, String(error.stack ?? error).slice(0, 1500));
} finally {
  await cluster?.stop();
}

mkdirSync(".ci/reports", { recursive: true });
writeFileSync(".ci/reports/serving.json", JSON.stringify(checks, null, 2));
process.exit(checks.every((c) => c.ok) ? 0 : 1);
