import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "./errors";
import { parseArticle, slugFromPath } from "./parse";
import type { Article, Section } from "./types";

/**
 * Where articles live. `CONTENT_DIR` lets benchmarks build from a generated folder; everyone else
 * uses `content/articles` (contract: docs/contracts.md).
 */
export function contentDir(): string {
  // Read at build time; the ignore comment keeps Turbopack from tracing the whole project for it.
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.CONTENT_DIR ??
      path.join(process.cwd(), "content", "articles"),
  );
}

/**
 * Reads and validates every article in `dir`, newest first. Throws one ContentError listing every
 * problem of every file as `path:line: message`, so a broken file stops the build.
 */
export function readArticles(dir: string): Article[] {
  if (!existsSync(dir)) {
    throw new ContentError([{ path: dir, line: 0, message: "the content folder does not exist" }]);
  }
  const files = readdirSync(dir)
    .filter((name) => /\.md$/i.test(name))
    .sort();
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = path.join(dir, name);
    const shown = path.relative(process.cwd(), file) || file;
    const slug = slugFromPath(name);
    const other = seen.get(slug.toLowerCase());
    if (other) {
      problems.push({
        path: shown,
        line: 1,
        message: `duplicate slug "${slug}": ${other} has it too`,
      });
      continue;
    }
    seen.set(slug.toLowerCase(), shown);
    const result = parseArticle(shown, readFileSync(file, "utf8"));
    if (result.article) articles.push(result.article);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return articles.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

let cache: { dir: string; articles: Article[] } | undefined;

/** All articles, newest first; read once per process (pages are rendered at build time). */
export function getArticles(): Article[] {
  const dir = contentDir();
  if (cache?.dir !== dir) cache = { dir, articles: readArticles(dir) };
  return cache.articles;
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug);
}

export function getArticlesInSection(section: Section): Article[] {
  return getArticles().filter((article) => article.section === section);
}
