import { headerControl } from "@/components/ui/buttonStyles";
import { PageLink } from "@/components/ui/PageLink";
import { translate } from "@/i18n/messages";
import { SearchBox } from "@/components/search/SearchBox";
import type { Locale } from "@/i18n/routing";
import { SECTIONS } from "@/lib/content/types";
import { localizedPath, paths } from "@/lib/site";
import { LocaleSwitcher } from "./LocaleSwitcher";
import { ThemeToggle } from "./ThemeToggle";

interface Props {
  locale: Locale;
  /** The current page's path within its locale, so the language switch stays on it. */
  path: string;
}

export function SiteHeader({ locale, path }: Props) {
  const t = translate(locale, "SiteHeader");
  const meta = translate(locale, "Metadata");
  const sections = translate(locale, "Sections");
  const theme = translate(locale, "ThemeToggle");
  const search = translate(locale, "SearchBox");

  return (
    <header className="no-print dark:bg-page-dark/90 sticky top-0 z-40 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2.5">
        <PageLink
          href={localizedPath(locale, paths.home())}
          className="flex min-w-0 items-center gap-2 font-semibold tracking-tight"
        >
          <span
            aria-hidden="true"
            className="bg-accent shrink-0 rounded px-1.5 py-0.5 text-xs whitespace-nowrap text-white"
          >
            EN·中
          </span>
          {/* On a phone the name may take two lines rather than push the header past the screen; on
              the narrowest (under 360 px) only the badge shows, and the name stays for screen readers. */}
          <span className="text-base leading-tight max-[359px]:sr-only sm:text-lg">
            {meta("siteName")}
          </span>
        </PageLink>
        <div className="flex shrink-0 items-center gap-1">
          <SearchBox
            action={localizedPath(locale, paths.search())}
            labels={{
              label: search("label"),
              placeholder: search("placeholder"),
              submit: search("submit"),
            }}
          />
          <PageLink
            href={localizedPath(locale, paths.vocabulary())}
            aria-current={path === paths.vocabulary() ? "page" : undefined}
            title={t("vocabulary")}
            className={`${headerControl} gap-1.5 px-2 text-sm aria-[current=page]:font-semibold`}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
            >
              <path d="M6 3h12v18l-6-4-6 4z" />
            </svg>
            {/* Icon only on a phone's narrow header; the name stays for screen readers. */}
            <span className="sr-only sm:not-sr-only">{t("vocabulary")}</span>
          </PageLink>
          <LocaleSwitcher locale={locale} path={path} />
          <ThemeToggle labels={{ toDark: theme("toDark"), toLight: theme("toLight") }} />
        </div>
      </div>
      <nav aria-label={t("sectionsNav")} className="mx-auto max-w-6xl overflow-x-auto px-4">
        <ul className="flex gap-4 pb-2 text-sm whitespace-nowrap text-zinc-700 dark:text-zinc-300">
          {SECTIONS.map((section) => {
            const href = localizedPath(locale, paths.section(section));
            const current = path === paths.section(section);
            return (
              <li key={section}>
                <PageLink
                  href={href}
                  aria-current={current ? "page" : undefined}
                  className="hover:text-accent aria-[current=page]:text-accent dark:hover:text-accent-dark dark:aria-[current=page]:text-accent-dark aria-[current=page]:font-semibold"
                >
                  {sections(section)}
                </PageLink>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
