import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SearchIndex } from "./build";

/**
 * Writes a built index as the browser fetches it (docs/search.md): `meta.json` at the top, everything
 * else under the index's version, so a cached shard of an older build is never read with a newer one.
 * Returns the number of files and their bytes.
 */
export function writeSearchIndex(
  index: SearchIndex,
  out: string,
): { files: number; bytes: number } {
  rmSync(out, { recursive: true, force: true });
  const versioned = path.join(out, index.meta.version);
  mkdirSync(path.join(versioned, "shard"), { recursive: true });
  let bytes = 0;
  let files = 0;
  const write = (file: string, value: unknown) => {
    const text = JSON.stringify(value);
    bytes += Buffer.byteLength(text);
    files++;
    writeFileSync(file, text);
  };
  write(path.join(out, "meta.json"), index.meta);
  write(path.join(versioned, "fold.json"), index.fold);
  index.shards.forEach((shard, n) => write(path.join(versioned, "shard", `${n}.json`), shard));
  index.hits.forEach((hits, id) => {
    const dir = path.join(versioned, "hit", String(id));
    mkdirSync(dir, { recursive: true });
    hits.forEach((hit, n) => write(path.join(dir, `${n}.json`), hit));
  });
  return { files, bytes };
}
