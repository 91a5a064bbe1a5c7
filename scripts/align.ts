/**
 * `npm run align -- en.txt zh.txt --slug s --title-en "..." --title-zh "..." [--section china]
 * [--date YYYY-MM-DD] [--out dir] [--force]`: aligns the paragraphs of a translation and writes
 * `{out|content/articles}/{slug}.md`.
 */
import { existsSync, readFileSync } from "node:fs";
import { alignArticle, describeAlignment } from "@/tools/aligner";
import { describeDraft } from "@/tools/editor/finish";
import { parseArgs, writeArticleFile } from "./cli-args";

const USAGE =
  'usage: npm run align -- en.txt zh.txt --slug s --title-en "..." --title-zh "..." [--section china] [--date YYYY-MM-DD] [--out dir] [--force]';
const KNOWN = new Set(["slug", "title-en", "title-zh", "section", "date", "out"]);

function fail(message: string): never {
  console.error(`align failed: ${message}`);
  process.exit(1);
}

const { positional, options, flags, errors } = parseArgs(process.argv.slice(2), ["force"]);
if (errors.length > 0) fail(`${errors.join("; ")}\n${USAGE}`);
for (const name of options.keys()) if (!KNOWN.has(name)) fail(`unknown option --${name}\n${USAGE}`);
if (positional.length !== 2) fail(`give an English and a Chinese text file\n${USAGE}`);
const [enFile, zhFile] = positional as [string, string];
for (const file of [enFile, zhFile]) if (!existsSync(file)) fail(`${file} does not exist`);
const slug = options.get("slug");
const titleEn = options.get("title-en");
const titleZh = options.get("title-zh");
if (!slug || !titleEn || !titleZh) fail(`--slug, --title-en and --title-zh are required\n${USAGE}`);

const result = alignArticle(readFileSync(enFile, "utf8"), readFileSync(zhFile, "utf8"), {
  slug,
  titleEn,
  titleZh,
  section: options.get("section"),
  date: options.get("date"),
});
console.log(`${result.english.length} English and ${result.chinese.length} Chinese paragraphs`);
for (const line of describeAlignment(result.english, result.chinese, result.alignment))
  console.log(line);
for (const line of describeDraft(slug, result.draft, result.notes)) console.log(line);
if (result.errors.length > 0 || !result.markdown) fail(result.errors.join("\n  "));

const file = writeArticleFile({ options, flags }, slug, result.markdown, fail);
console.log(`wrote ${file}`);
