import type { ReactNode } from "react";
import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { IslandsScript } from "./IslandsScript";
import { SiteFooter } from "./SiteFooter";
import { StorageNotice } from "./StorageNotice";

/**
 * What every page's body holds around its own content, in both routers (app/[locale]/layout.tsx and
 * the static reading pages): the storage notice, the footer and the islands' boot script.
 */
interface Props {
  locale: Locale;
  /** The islands' boot script URL (lib/islands.ts), read by the page's loader on the server. */
  islands: string;
  children: ReactNode;
}

export function PageFrame({ locale, islands, children }: Props) {
  const t = translate(locale, "StorageNotice");
  return (
    <>
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
      <IslandsScript src={islands} />
    </>
  );
}
