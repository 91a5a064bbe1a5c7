import { getFormatter } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

/** A publication date (`YYYY-MM-DD`) as the reader's locale writes it: "March 8, 2022", "2022年3月8日". */
export async function formatPublicationDate(locale: Locale, date: string): Promise<string> {
  const format = await getFormatter({ locale });
  return format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
}
