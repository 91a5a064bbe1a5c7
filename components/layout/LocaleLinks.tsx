import { IslandRoot } from "@/components/ui/IslandRoot";

export interface LocaleLink {
  locale: string;
  label: string;
  /** What a phone shows: EN, 简, 繁 (the full name stays the accessible name). */
  short: string;
  href: string;
  current: boolean;
}

interface Props {
  label: string;
  links: LocaleLink[];
  cookieName: string;
}

/**
 * The interface-language links. A plain link works without script; the locale-links island
 * (islands/locale-links.ts) remembers the pick and keeps the reader's view and paragraph.
 */
export function LocaleLinks({ label, links, cookieName }: Props) {
  return (
    <IslandRoot name="locale-links" as="nav" aria-label={label} data-cookie={cookieName}>
      <ul className="flex items-center gap-0.5 text-sm">
        {links.map((link) => (
          <li key={link.locale}>
            <a
              href={link.href}
              lang={link.locale}
              hrefLang={link.locale}
              aria-current={link.current ? "page" : undefined}
              aria-label={link.label}
              className="rounded-full px-2.5 py-1 whitespace-nowrap text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-[current=page]:bg-zinc-100 dark:aria-[current=page]:text-zinc-900"
            >
              <span aria-hidden="true" className="sm:hidden">
                {link.short}
              </span>
              <span aria-hidden="true" className="hidden sm:inline">
                {link.label}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </IslandRoot>
  );
}
