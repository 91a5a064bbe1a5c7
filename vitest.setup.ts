import { createRequire } from "node:module";
import path from "node:path";

// @vercel/og's Node build is an ES module bundling CommonJS code: esbuild's require shim, and
// HarfBuzz's Emscripten loader, which finds hb.wasm beside __dirname. Next's bundler provides both;
// plain Node ESM (vitest) does not, so the card tests define them, pointing at harfbuzzjs's folder.
const globals = globalThis as { require?: NodeJS.Require; __dirname?: string };
globals.require ??= createRequire(import.meta.url);
globals.__dirname ??= path.join(process.cwd(), "node_modules", "harfbuzzjs");
