import type { PageConfig } from "next";
import Head from "next/head";
import { type Locale, localePrefixes, locales } from "@/i18n/locales";
import en from "@/messages/error-page/en.json";
import zhHans from "@/messages/error-page/zh-Hans.json";
import zhHant from "@/messages/error-page/zh-Hant.json";

// Static HTML like every reading page (docs/islands.md).
export const config: PageConfig = { unstable_runtimeJS: false, runtime: "nodejs" };

const TEXT: Record<Locale, typeof en> = { en, "zh-Hans": zhHans, "zh-Hant": zhHant };

/**
 * When a reading page drawn on demand (a paragraph page, at its first request) fails: the error in
 * all three languages, each marked with its own `lang`, since this one static page cannot know which
 * language the reader came from. Trying again is reloading the page.
 */
export default function ReadingError() {
  return (
    <>
      <Head>
        <title>{`${en.title} · ${zhHans.title} · ${zhHant.title}`}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <main id="main" className="mx-auto max-w-2xl space-y-12 px-4 py-20 text-center">
        {locales.map((locale) => (
          <section key={locale} lang={locale}>
            <h1 className="text-3xl font-bold tracking-tight">{TEXT[locale].title}</h1>
            <p className="mt-3 text-zinc-600 dark:text-zinc-400">{TEXT[locale].description}</p>
            <p className="mt-6">
              <a href={localePrefixes[locale]} className="underline underline-offset-2">
                {TEXT[locale].home}
              </a>
            </p>
          </section>
        ))}
      </main>
    </>
  );
}
