/**
 * `npm run search-index [-- --out DIR]`: writes the static search index of the library (CONTENT_DIR or
 * content/articles) to public/search-index, where `next start` serves it. Runs before every build
 * (package.json `prebuild`); docs/search.md describes the files.
 */
import path from "node:path";
import { getArticles } from "@/lib/content/load";
import { buildSearchIndex } from "@/lib/search/build";
import { writeSearchIndex } from "@/lib/search/write";

const outIndex = process.argv.indexOf("--out");
const out = path.resolve(
  outIndex > 0 ? process.argv[outIndex + 1]! : path.join("public", "search-index"),
);

const started = Date.now();
const index = buildSearchIndex(getArticles());
const { files, bytes } = writeSearchIndex(index, out);
console.log(
  `search-index: ${index.meta.articles} articles, ${index.meta.shards} shards, ${files} files, ` +
    `${(bytes / 1024 / 1024).toFixed(1)} MB in ${path.relative(process.cwd(), out) || out} ` +
    `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
