import { getArticle, getArticles } from "@/lib/content/load";
import { buildStudyData } from "@/lib/learning/study-data";
import type { StudyScript } from "@/lib/learning/study-types";
import { CHINESE_SCRIPTS } from "@/i18n/locales";
import { notFoundResponse } from "@/lib/share/target";

// An article's study data (readings, glosses, sentence map), one JSON file per article and script,
// written at build time: /study/hans/{slug}.json, /study/hant/{slug}.json. The browser fetches it the
// first time a learning feature is used (docs/learning.md).
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return CHINESE_SCRIPTS.flatMap((script) =>
    getArticles().map((article) => ({ script, file: `${article.slug}.json` })),
  );
}

export async function GET(_request: Request, { params }: RouteContext<"/study/[script]/[file]">) {
  const { script, file } = await params;
  const article = file.endsWith(".json") ? getArticle(file.slice(0, -5)) : undefined;
  if (!article || !CHINESE_SCRIPTS.includes(script as StudyScript)) return notFoundResponse();
  return Response.json(buildStudyData(article, script as StudyScript));
}
