// Bundles the browser islands (islands/) into hashed files under public/islands/, before `next build`
// and `next dev`. One entry, boot.ts; every island is a chunk of its own that boot.ts imports when the
// island is wanted. public/islands/manifest.json names the entry for the pages (lib/islands.ts).
// Why not Next's bundler: reading pages ship no framework at all (docs/islands.md).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const OUT = "public/islands";
rmSync(OUT, { recursive: true, force: true });

const result = await build({
  entryPoints: { boot: "islands/boot.ts" },
  bundle: true,
  splitting: true,
  format: "esm",
  minify: true,
  target: ["es2022"],
  // Hashed names: the files are cached for a year (lib/serving/cache-rules.js) and a new build never
  // reuses an old name.
  entryNames: "[name]-[hash]",
  chunkNames: "[name]-[hash]",
  outdir: OUT,
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
  tsconfig: "tsconfig.json",
  define: { "process.env.NODE_ENV": '"production"' },
});

const outputs = Object.entries(result.metafile.outputs);
const boot = outputs.find(([, output]) => output.entryPoint === "islands/boot.ts");
if (!boot) throw new Error("build-islands: no output for islands/boot.ts");
const publicPath = (file) => `/${path.relative("public", file).split(path.sep).join("/")}`;
const manifest = {
  boot: publicPath(boot[0]),
  files: outputs.map(([file, { bytes }]) => ({ path: publicPath(file), bytes })),
};
writeFileSync(path.join(OUT, "manifest.json"), JSON.stringify(manifest, null, 2));
console.log(
  `islands: ${outputs.length} files, ${outputs.reduce((sum, [, o]) => sum + o.bytes, 0)} bytes (boot ${boot[1].bytes})`,
);
// Each file's size as the reader downloads it (the budgets are in gzip: docs/islands.md).
for (const [file, { bytes }] of outputs)
  console.log(
    `  ${path.basename(file).padEnd(28)} ${String(bytes).padStart(7)} B  ${String(gzipSync(readFileSync(file), { level: 9 }).length).padStart(6)} B gzip`,
  );
