import type { Metadata } from "next";
import { type Locale, locales } from "@/i18n/routing";
import { localizedPath } from "./site";

/** Canonical URL and hreflang alternates of one page in all three locales. */
export function pageAlternates(locale: Locale, path: string): Metadata["alternates"] {
  return {
    canonical: localizedPath(locale, path),
    languages: {
      ...Object.fromEntries(locales.map((other) => [other, localizedPath(other, path)])),
      "x-default": localizedPath("en", path),
    },
  };
}
