import type { MetadataRoute } from "next";
import { type Locale, locales } from "@/i18n/routing";
import { getArticles } from "@/lib/content/load";
import { SECTIONS } from "@/lib/content/types";
import { absoluteUrl, localizedPath, paths } from "@/lib/site";

/** Every page a reader can land on, in each locale, each with its alternates in the other two. */
export default function sitemap(): MetadataRoute.Sitemap {
  const entry = (path: string, lastModified?: string, priority = 0.5) =>
    locales.map((locale: Locale) => ({
      url: absoluteUrl(localizedPath(locale, path)),
      lastModified,
      priority,
      alternates: {
        languages: Object.fromEntries(
          locales.map((other) => [other, absoluteUrl(localizedPath(other, path))]),
        ),
      },
    }));
  const articles = getArticles();
  return [
    ...entry(paths.home(), articles[0]?.date, 1),
    ...SECTIONS.flatMap((section) => entry(paths.section(section), undefined, 0.6)),
    ...articles.flatMap((article) => entry(paths.article(article.slug), article.date, 0.8)),
    ...entry(paths.about(), undefined, 0.3),
  ];
}
