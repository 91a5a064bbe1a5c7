"use client";

import type { MouseEvent } from "react";

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
 * The interface-language links. A plain link works without JavaScript; with it, the reader keeps
 * their place: the same view (?view=) and the paragraph they were reading (#p{n}).
 */
export function LocaleLinks({ label, links, cookieName }: Props) {
  function follow(event: MouseEvent<HTMLAnchorElement>, link: LocaleLink) {
    // The reader's pick wins over Accept-Language from now on (docs/contracts.md, "Locales and URLs").
    rememberLocale(cookieName, link.locale);
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
      return;
    event.preventDefault();
    const place = currentPairId();
    // A full load on purpose: another locale is another root layout (<html lang>), and the
    // browser then scrolls to #p{n} itself.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(
      `${link.href}${window.location.search}${place ? `#${place}` : window.location.hash}`,
    );
  }

  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-0.5 text-sm">
        {links.map((link) => (
          <li key={link.locale}>
            <a
              href={link.href}
              lang={link.locale}
              hrefLang={link.locale}
              aria-current={link.current ? "page" : undefined}
              aria-label={link.label}
              onClick={(event) => follow(event, link)}
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
    </nav>
  );
}

function rememberLocale(cookieName: string, locale: string) {
  document.cookie = `${cookieName}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * The pair the reader is reading: the last one whose top has passed the reading line, just below the
 * sticky header. None while the reader is still above the first pair (the headline, the summary).
 */
function currentPairId(): string | undefined {
  const pairs = Array.from(document.querySelectorAll<HTMLElement>(".reading .pair[id]"));
  // A little below the header: a pair the browser scrolled to (#p{n}, scroll-margin-top) counts.
  const readingLine = (document.querySelector("header")?.getBoundingClientRect().bottom ?? 0) + 48;
  const first = pairs[0];
  if (!first || first.getBoundingClientRect().top > readingLine) return undefined;
  return pairs.filter((pair) => pair.getBoundingClientRect().top <= readingLine).at(-1)?.id;
}
