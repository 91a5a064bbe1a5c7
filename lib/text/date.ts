/** Calendar dates: one check for the content schema, the editor options and the importer. */

/** `YYYY-MM-DD` when year, month and day name a day that exists (no 2026-02-30), else undefined. */
export function calendarDate(year: string, month: string, day: string): string | undefined {
  const value = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isCalendarDate(value) ? value : undefined;
}

/** Whether `value` is written `YYYY-MM-DD` (four, two and two digits), whether or not the day exists. */
export function isIsoDateWritten(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Whether `value` is written `YYYY-MM-DD` and names a day that exists. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `YYYY-MM-DD`, `YYYY-M-D` with one-digit parts accepted, as an editor types it on the command line. */
export function readIsoDate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  return match ? calendarDate(match[1]!, match[2]!, match[3]!) : undefined;
}

const DATE_PATTERNS = [
  /(\d{4})-(\d{1,2})-(\d{1,2})/g,
  /(\d{4})年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
  /(\d{4})\/(\d{1,2})\/(\d{1,2})/g,
  /(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\d)/g,
];
const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;
const ENGLISH_DATE =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/g;

/** `YYYY-MM-DD` from the first date-like text, or undefined. Only real calendar dates count. */
export function findDate(text: string): string | undefined {
  let best: { index: number; date: string } | undefined;
  const consider = (index: number, date: string | undefined) => {
    if (date && (!best || index < best.index)) best = { index, date };
  };
  for (const pattern of DATE_PATTERNS)
    for (const match of text.matchAll(pattern))
      consider(match.index, calendarDate(match[1]!, match[2]!, match[3]!));
  for (const match of text.matchAll(ENGLISH_DATE)) {
    const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
    consider(match.index, calendarDate(match[3]!, String(month + 1), match[2]!));
  }
  return best?.date;
}
