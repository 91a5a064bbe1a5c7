import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Minimal argument parsing for the content CLIs: positional files, `--name value` and boolean flags. */
export function parseArgs(
  argv: string[],
  booleans: string[],
): { positional: string[]; options: Map<string, string>; flags: Set<string>; errors: string[] } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleans.includes(name)) flags.add(name);
    else if (inline !== undefined) options.set(name, inline);
    else if (argv[i + 1] !== undefined) options.set(name, argv[++i]!);
    else errors.push(`--${name} needs a value`);
  }
  return { positional, options, flags, errors };
}

/**
 * Writes a generated article to `--out` (default content/articles) as `{slug}.md`, refusing to
 * overwrite an existing one without `--force`. Returns the file written.
 */
export function writeArticleFile(
  { options, flags }: { options: Map<string, string>; flags: Set<string> },
  slug: string,
  markdown: string,
  fail: (message: string) => never,
): string {
  const dir = path.resolve(options.get("out") ?? path.join("content", "articles"));
  const file = path.join(dir, `${slug}.md`);
  if (existsSync(file) && !flags.has("force"))
    fail(`${file} already exists: pass --force to overwrite it`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, markdown);
  return file;
}
