/**
 * The interface-language links (components/layout/LocaleLinks.tsx). A plain link works without
 * script; with it, the reader's pick is remembered (a cookie the server's language negotiation reads)
 * and they keep their place: the same view (?view=) and the paragraph they were reading (#p{n}).
 * Part of the boot script itself, not a chunk: a click before a chunk arrived would be lost to the
 * navigation it starts.
 */
export default function install(nav: HTMLElement, signal: AbortSignal): void {
  const cookieName = nav.dataset.cookie ?? "NEXT_LOCALE";
  nav.addEventListener(
    "click",
    (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>("a[hreflang]");
      if (!link) return;
      // The reader's pick wins over Accept-Language from now on (docs/contracts.md).
      document.cookie = `${cookieName}=${link.hreflang}; path=/; max-age=31536000; samesite=lax`;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
        return;
      event.preventDefault();
      const place = currentPairId();
      // A full load: another locale is another page (<html lang>), and the browser then scrolls to
      // #p{n} itself. (The rule is about the Next router, which these pages do not have.)
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign(
        `${link.pathname}${window.location.search}${place ? `#${place}` : window.location.hash}`,
      );
    },
    { signal },
  );
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
