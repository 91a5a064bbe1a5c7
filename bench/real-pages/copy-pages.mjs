/**
 * Copies the real bilingual pages listed in manifest.json out of a local checkout of their source
 * repository into BENCH_PAGES_DIR, one `{id}.html` per page, for `npm run bench:editor`.
 *
 *   git clone https://github.com/zhanglongLee/Lee_English_Web
 *   BENCH_PAGES_DIR=/tmp/real-pages node bench/real-pages/copy-pages.mjs path/to/Lee_English_Web
 *
 * The pages are not in this repository: their text belongs to their publishers (see
 * docs/editor-tools.md). The source is a MySQL dump of an English-learning site's `article` table,
 * whose rows hold the article bodies as the site saved them from China Daily, VOA and en84.com.
 * Each row is written as a page the way that site served it: the row's title in `<title>` and an
 * `<h1>`, the saved body below it, untouched.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const manifest = JSON.parse(readFileSync(path.join(here, "manifest.json"), "utf8"));
const [checkout] = process.argv.slice(2);
const outDir = process.env.BENCH_PAGES_DIR;
if (!checkout || !outDir) {
  console.error(
    "usage: BENCH_PAGES_DIR=dir node bench/real-pages/copy-pages.mjs <checkout of the source repository>",
  );
  process.exit(2);
}

/** The rows of `INSERT INTO \`table\` VALUES (…);` statements, each value a string or a bare token. */
export function sqlRows(sql, table) {
  const rows = [];
  const start = `INSERT INTO \`${table}\` VALUES (`;
  for (let at = sql.indexOf(start); at !== -1; at = sql.indexOf(start, at)) {
    let i = at + start.length;
    const values = [];
    for (;;) {
      while (sql[i] === " ") i += 1;
      if (sql[i] === "'") {
        i += 1;
        let value = "";
        for (;;) {
          const c = sql[i];
          if (c === "\\") {
            const next = sql[i + 1];
            value += { n: "\n", r: "\r", t: "\t", 0: "\0" }[next] ?? next;
            i += 2;
          } else if (c === "'" && sql[i + 1] === "'") {
            value += "'";
            i += 2;
          } else if (c === "'") {
            i += 1;
            break;
          } else {
            value += c;
            i += 1;
          }
        }
        values.push(value);
      } else {
        let j = i;
        while (sql[j] !== "," && sql[j] !== ")") j += 1;
        values.push(sql.slice(i, j).trim());
        i = j;
      }
      while (sql[i] === " ") i += 1;
      if (sql[i] === ",") i += 1;
      else break;
    }
    rows.push(values);
    at = i;
  }
  return rows;
}

const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
mkdirSync(outDir, { recursive: true });
const dumps = new Map();
let written = 0;
for (const page of manifest.pages) {
  const key = `${page.commit}:${page.path}`;
  if (!dumps.has(key)) {
    const sql = execFileSync("git", ["-C", checkout, "show", key], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    dumps.set(key, new Map(sqlRows(sql, "article").map((row) => [row[0], row])));
  }
  const row = dumps.get(key).get(String(page.row));
  if (!row) throw new Error(`${page.path}@${page.commit}: no article row ${page.row}`);
  const [, title, , , , body] = row;
  const html = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${escape(title)}</title>
</head>
<body>
<h1>${escape(title)}</h1>
<div class="article-content">
${body}
</div>
</body>
</html>
`;
  writeFileSync(path.join(outDir, `${page.id}.html`), html);
  written += 1;
}
console.log(`wrote ${written} pages to ${outDir}`);
