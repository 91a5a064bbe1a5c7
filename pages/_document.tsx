import { Head, Html, Main, NextScript, type DocumentProps } from "next/document";
import { BootScript } from "@/components/layout/BootScript";
import { isLocale } from "@/i18n/routing";

/**
 * The document of the static reading pages (home, sections, articles, pairs): `<html lang>` from the
 * page's locale, and the inline boot script that applies the reader's view and theme before paint.
 * These pages ship no framework script (`unstable_runtimeJS: false`; docs/islands.md), so NextScript
 * renders nothing; the islands' one module is in the page (ReadingPage).
 */
export default function ReadingDocument({ __NEXT_DATA__ }: DocumentProps) {
  const locale = (__NEXT_DATA__.props as { pageProps?: { locale?: unknown } }).pageProps?.locale;
  return (
    <Html lang={isLocale(locale) ? locale : "en"}>
      <Head>
        <BootScript />
      </Head>
      <body className="dark:bg-page-dark min-h-screen bg-white font-sans text-zinc-900 antialiased dark:text-zinc-100">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
