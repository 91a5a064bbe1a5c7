/**
 * `npm run import -- page.html [--slug s] [--section china] [--date YYYY-MM-DD] [--force] [--out dir]`:
 * turns a saved bilingual news page into `{out|content/articles}/{slug}.md`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describeImport, importPage } from "@/tools/importer";
import { parseArgs, writeArticleFile } from "./cli-args";

const USAGE =
  "usage: npm run import -- page.html [--slug s] [--section china] [--date YYYY-MM-DD] [--force] [--out dir]";
const KNOWN = new Set(["slug", "section", "date", "out"]);

function fail(message: string): never {
  console.error(`import failed: ${message}`);
  process.exit(1);
}

const { positional, options, flags, errors } = parseArgs(process.argv.slice(2), ["force"]);
if (errors.length > 0) fail(`${errors.join("; ")}\n${USAGE}`);
for (const name of options.keys()) if (!KNOWN.has(name)) fail(`unknown option --${name}\n${USAGE}`);
if (positional.length !== 1) fail(`give exactly one HTML file\n${USAGE}`);
const input = positional[0]!;
if (!existsSync(input)) fail(`${input} does not exist`);

const result = importPage(readFileSync(input, "utf8"), {
  slug: options.get("slug"),
  section: options.get("section"),
  date: options.get("date"),
});
for (const line of describeImport(result)) console.log(line);
if (!result.ok || !result.markdown) fail(result.errors.join("\n  "));

const file = writeArticleFile({ options, flags }, result.slug, result.markdown, fail);
const shown = path.relative(process.cwd(), file);
console.log(`wrote ${shown.startsWith("..") || shown === "" ? file : shown}`);
