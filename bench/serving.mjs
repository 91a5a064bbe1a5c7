// Serving measures shared by the serving tests (scripts/serving-checks.mjs) and `npm run bench`:
// a plain static file server for comparison, bounded load runs on loopback, HTML sizes as sent.
import { readFileSync, readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import autocannon from "autocannon";

/** The article with the most blocks (the largest page), as bench/run.mjs picks it. */
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

/**
 * A bounded load run on loopback: `seconds` long, `connections` at once. With `unique`, each request
 * asks for its own query string (`?load=n`), so a cache in front cannot answer it: every request
 * reaches a replica.
 */
export async function loadRun(url, { seconds, connections, unique = false }) {
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
 * What an article page's HTML is made of: the App Router's inline data (`self.__next_f.push`
 * scripts, which carry the page's tree a second time for hydration), class attributes, the rest.
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
