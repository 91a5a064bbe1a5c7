import { localeFromPrefix, localePrefixes, locales } from "@/i18n/routing";
import { rssFeed } from "@/lib/feed";
import { getArticles } from "@/lib/content/load";
import { notFoundResponse } from "@/lib/share/target";

// One RSS feed per locale, written at build time: /feeds/en.xml, /feeds/zh-hans.xml, /feeds/zh-hant.xml.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ file: `${localePrefixes[locale].slice(1)}.xml` }));
}

export async function GET(_request: Request, { params }: RouteContext<"/feeds/[file]">) {
  const { file } = await params;
  const locale = file.endsWith(".xml") ? localeFromPrefix(file.slice(0, -4)) : undefined;
  if (!locale) return notFoundResponse();
  return new Response(rssFeed(locale, getArticles()), {
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
  });
}
