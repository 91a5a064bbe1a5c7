/**
 * `npm run check-content [-- --strict]`: validates every article as the build does, and prints each
 * problem as `path:line: message`. Runs before every build (the `prebuild` script), so a broken file
 * stops it. Also checks that the share-card fonts can draw every character, and warns about pairs whose length ratio is far from their article's norm; warnings
 * alone exit 0, unless `--strict`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem, formatProblem } from "@/lib/content/errors";
import { contentDir, readArticles } from "@/lib/content/load";
import { ratioWarnings } from "@/lib/content/ratio";
import { cardGlyphProblems } from "@/lib/og/glyphs";

const strict = process.argv.slice(2).includes("--strict");

try {
  const dir = contentDir();
  const articles = readArticles(dir);
  const fileOf = (slug: string) => path.join(dir, `${slug}.md`);
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  // A character no card font has would pass the build and make its card answer 500.
  const glyphs = articles.flatMap(({ slug }) =>
    cardGlyphProblems(shown(fileOf(slug)), readFileSync(fileOf(slug), "utf8")),
  );
  if (glyphs.length > 0) throw new ContentError(glyphs);
  const pairs = articles.reduce((sum, article) => sum + article.pairs.length, 0);
  const warnings: ContentProblem[] = articles
    .flatMap((article) => {
      return ratioWarnings(article, shown(fileOf(article.slug)));
    })
    .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  for (const warning of warnings) console.warn(formatProblem(warning));
  if (warnings.length > 0) console.warn("");
  console.log(
    `content ok: ${articles.length} articles, ${pairs} paragraph pairs` +
      (warnings.length > 0 ? `, ${warnings.length} warning(s)` : ""),
  );
  if (strict && warnings.length > 0) {
    console.error(`--strict: ${warnings.length} warning(s) count as failures.`);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`\n${error.problems.length} problem(s): fix them and run again.`);
  process.exit(1);
}
