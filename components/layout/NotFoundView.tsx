import { PageLink } from "@/components/ui/PageLink";
import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { localizedPath, paths } from "@/lib/site";

/** The body of every 404 page, in the reader's language. */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = translate(locale, "NotFound");
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <p className="text-6xl font-bold text-zinc-300 dark:text-zinc-700">404</p>
      <h1 className="mt-4 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">{t("description")}</p>
      <PageLink
        href={localizedPath(locale, paths.home())}
        className="mt-8 inline-block rounded-full bg-zinc-900 px-5 py-2 text-white dark:bg-zinc-100 dark:text-zinc-900"
      >
        {t("home")}
      </PageLink>
    </main>
  );
}
