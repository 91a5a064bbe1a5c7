import { getLocale } from "next-intl/server";
import { NotFoundView } from "@/components/layout/NotFoundView";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { isLocale } from "@/i18n/routing";
import { paths } from "@/lib/site";

// Rendered for notFound() anywhere under a locale: unknown slug, section, paragraph or path.
export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "en";
  return (
    <>
      <SiteHeader locale={locale} path={paths.home()} />
      <NotFoundView locale={locale} />
    </>
  );
}
