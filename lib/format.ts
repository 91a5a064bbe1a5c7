import type { Locale } from "@/i18n/routing";

/**
 * A publication date (`YYYY-MM-DD`) as the reader's locale writes it: "March 8, 2022", "2022年3月8日".
 * Pages, cards and feeds all format dates here.
 */
export function formatPublicationDate(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
