import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { BootScript } from "@/components/layout/BootScript";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { StorageNotice } from "@/components/layout/StorageNotice";
import { pageLocale } from "@/i18n/page-locale";
import { locales } from "@/i18n/routing";
import { OG_LOCALES } from "@/lib/metadata";
import { SITE_URL } from "@/lib/site";
import "../globals.css";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: t("homeTitle"), template: `%s · ${t("siteName")}` },
    description: t("homeDescription"),
    applicationName: t("siteName"),
    openGraph: { type: "website", siteName: t("siteName"), locale: OG_LOCALES[locale] },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    // --color-page-dark in app/globals.css: the browser's chrome matches the page.
    { media: "(prefers-color-scheme: dark)", color: "#111318" },
  ],
};

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StorageNotice" });

  return (
    // The boot script sets data-view and data-theme before hydration, hence the warning is expected.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <BootScript />
      </head>
      <body className="dark:bg-page-dark min-h-screen bg-white font-sans text-zinc-900 antialiased dark:text-zinc-100">
        <StorageNotice
          messages={{
            view: t("viewReset"),
            theme: t("themeReset"),
            learning: t("learningReset"),
          }}
          dismissLabel={t("dismiss")}
        />
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
