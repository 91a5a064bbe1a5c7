import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./routing";

/**
 * The locale of a page under `app/[locale]`, set for the request so server components can
 * translate and the page can be rendered statically. An unknown locale is a 404; proxy.ts never
 * lets one through, so this only guards direct renders (tests, a changed matcher).
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
