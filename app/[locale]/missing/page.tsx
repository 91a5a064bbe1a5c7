import type { Metadata } from "next";
import { translate } from "@/i18n/messages";
import { NotFoundView } from "@/components/layout/NotFoundView";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { pageLocale } from "@/i18n/page-locale";
import { paths } from "@/lib/site";

/**
 * The localized 404 page, prerendered for each locale. proxy.ts rewrites every unknown address here
 * with status 404. (Next 16 answers notFound() with an empty HTML shell and draws the page in the
 * browser only: vercel/next.js#62228. This page is server-rendered HTML for every reader and crawler.)
 */
export async function generateMetadata({
  params,
}: PageProps<"/[locale]/missing">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translate(locale, "NotFound");
  return { title: t("title"), robots: { index: false } };
}

export default async function MissingPage({ params }: PageProps<"/[locale]/missing">) {
  const locale = await pageLocale(params);
  return (
    <>
      <SiteHeader locale={locale} path={paths.home()} />
      <NotFoundView locale={locale} />
    </>
  );
}
