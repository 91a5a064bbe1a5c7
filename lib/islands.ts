import { readFileSync } from "node:fs";
import path from "node:path";

interface IslandsManifest {
  /** The boot script's public path, with its content hash: `/islands/boot-ABC123.js`. */
  boot: string;
  files: { path: string; bytes: number }[];
}

let manifest: IslandsManifest | undefined;

/**
 * The boot script's URL, from the manifest scripts/build-islands.mjs writes before every build and
 * dev server. A missing manifest is an error with the fix in it, not a page without behaviour.
 */
export function islandsBootUrl(): string {
  if (!manifest) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".build", "islands.json");
    try {
      manifest = JSON.parse(readFileSync(file, "utf8")) as IslandsManifest;
    } catch {
      throw new Error(
        `${file} is missing: run \`node scripts/build-islands.mjs\` (npm run build does)`,
      );
    }
  }
  return manifest.boot;
}
