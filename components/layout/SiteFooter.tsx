import { PageLink } from "@/components/ui/PageLink";
import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { localizedPath, paths } from "@/lib/site";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = translate(locale, "SiteFooter");
  return (
    <footer className="no-print mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        <p>{t("samples")}</p>
        <PageLink
          href={localizedPath(locale, paths.about())}
          className="underline underline-offset-2"
        >
          {t("about")}
        </PageLink>
      </div>
    </footer>
  );
}
