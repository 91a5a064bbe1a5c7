import fs from "node:fs";
import path from "node:path";

/**
 * A data file inside an installed package, found from the working directory up. The build, the scripts
 * and the tests all run from the repository, and bundlers leave a plain path alone (module resolution
 * inside a bundled server chunk would not find data files the package does not export).
 */
export function packageFile(packageName: string, file: string): string {
  let dir = process.cwd();
  for (;;) {
    const candidate = path.join(dir, "node_modules", packageName, file);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`${packageName}/${file} not found: run \`npm ci\` (package ${packageName})`);
    dir = parent;
  }
}
