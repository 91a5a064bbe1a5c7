/**
 * `npm run check-content`: validates every article as the build does, and prints each problem as
 * `path:line: message`. Runs before every build (the `prebuild` script), so a broken file stops it.
 */
import { ContentError, formatProblem } from "@/lib/content/errors";
import { contentDir, readArticles } from "@/lib/content/load";

try {
  const articles = readArticles(contentDir());
  const pairs = articles.reduce((sum, article) => sum + article.pairs.length, 0);
  console.log(`content ok: ${articles.length} articles, ${pairs} paragraph pairs`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`\n${error.problems.length} problem(s): fix them and run again.`);
  process.exit(1);
}
