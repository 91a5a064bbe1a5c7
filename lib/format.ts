import type { Locale } from "@/i18n/routing";

/**
 * A publication date (`YYYY-MM-DD`) as the reader's locale writes it: "March 8, 2022", "2022年3月8日".
 * Pages, cards and feeds all format dates here.
 */
export function formatPublicationDate(locale: Locale, date: string): string {
  return formatter(locale).format(new Date(`${date}T00:00:00Z`));
}

/**
 * One formatter per locale: making one loads the locale's calendar data, milliseconds each time on a
 * slow phone (the search page formats a date per result, while the reader waits for the first).
 */
const formatters = new Map<Locale, Intl.DateTimeFormat>();

function formatter(locale: Locale): Intl.DateTimeFormat {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    formatters.set(locale, format);
  }
  return format;
}
