import type { Metadata, Viewport } from "next";
import { translate } from "@/i18n/messages";
import { BootScript } from "@/components/layout/BootScript";
import { PageFrame } from "@/components/layout/PageFrame";
import { islandsBootUrl } from "@/lib/islands";
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
  const t = translate(locale, "Metadata");
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: t("homeTitle"), template: `%s · ${t("siteName")}` },
    description: t("homeDescription"),
    applicationName: t("siteName"),
    // public/ holds what a deployment serves as it is.
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
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

  return (
    // The boot script sets data-view and data-theme before hydration, hence the warning is expected.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <BootScript />
      </head>
      <body className="dark:bg-page-dark min-h-screen bg-white font-sans text-zinc-900 antialiased dark:text-zinc-100">
        <PageFrame locale={locale} islands={islandsBootUrl()}>
          {children}
        </PageFrame>
      </body>
    </html>
  );
}
