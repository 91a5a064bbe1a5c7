import { createRequire } from "node:module";
import path from "node:path";

// @vercel/og's Node build is an ES module bundling CommonJS code: esbuild's require shim, and
// HarfBuzz's Emscripten loader, which finds hb.wasm beside __dirname. Next's bundler provides both;
// plain Node ESM (vitest, tsx) does not, so card tests and benchmarks import this first.
const globals = globalThis as { require?: NodeJS.Require; __dirname?: string };
globals.require ??= createRequire(import.meta.url);
globals.__dirname ??= path.join(process.cwd(), "node_modules", "harfbuzzjs");
