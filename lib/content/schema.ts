import { z } from "zod";
import { isCalendarDate, isHanWord, isIsoDateWritten } from "@/lib/text";
import { readReading } from "@/lib/chinese/reading-syntax";
import { SECTIONS } from "./types";

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
const isoDate = z
  .string({ error: "must be a date written YYYY-MM-DD" })
  .refine(isIsoDateWritten, { error: "must be a date written YYYY-MM-DD", abort: true })
  .refine(isCalendarDate, "is not a real calendar date");

const text = z.string({ error: "is required (text)" }).trim().min(1, "must not be empty");

const bilingual = z.strictObject(
  { en: text, zh: text },
  { error: "must have an English (en) and a Chinese (zh) line" },
);

const httpUrl = z
  .string()
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), "must be an http(s) URL");

/**
 * Readings an article fixes for its own words, Simplified word → pinyin (`行长: háng zhǎng` or
 * `行长: hang2 zhang3`), stored as tone numbers. They win over the computed ones (docs/learning.md).
 */
const readings = z
  .record(z.string(), z.string({ error: "must be pinyin, for example háng zhǎng" }), {
    error: "must be a list of word: pinyin lines",
  })
  .transform((record, context) => {
    const out: Record<string, string> = {};
    for (const [word, written] of Object.entries(record)) {
      if (!isHanWord(word)) {
        context.addIssue({
          code: "custom",
          path: [word],
          message: "must be a Chinese word (Han characters only)",
        });
        continue;
      }
      const result = readReading(word, written);
      if ("error" in result)
        context.addIssue({ code: "custom", path: [word], message: result.error });
      else out[word] = result.reading;
    }
    return out;
  });

/**
 * Traditional forms an article fixes for its own phrases, Simplified → Traditional (`程序: 程序`), for
 * where the converter's Taiwan phrasing would change the meaning here. They win over the converter
 * (docs/traditional.md). Both sides are Han characters; the Traditional side is written as shown.
 */
const traditional = z
  .record(z.string(), z.string({ error: "must be the Traditional form, for example 程序" }), {
    error: "must be a list of simplified: traditional lines",
  })
  .superRefine((record, context) => {
    for (const [phrase, form] of Object.entries(record)) {
      if (!isHanWord(phrase))
        context.addIssue({
          code: "custom",
          path: [phrase],
          message: "must be a Chinese phrase (Han characters only)",
        });
      else if (!isHanWord(form.trim()))
        context.addIssue({
          code: "custom",
          path: [phrase],
          message: `"${form}" must be Han characters only (the Traditional form)`,
        });
    }
  })
  .transform((record) =>
    Object.fromEntries(Object.entries(record).map(([phrase, form]) => [phrase, form.trim()])),
  );

/** The front matter of one article file. Unknown keys are errors, to catch typos such as `titel`. */
export const frontMatterSchema = z.strictObject({
  title: bilingual,
  summary: bilingual,
  section: z.enum(SECTIONS, { error: `must be one of: ${SECTIONS.join(", ")}` }),
  date: isoDate,
  author: text.optional(),
  source: z.strictObject({ name: text, url: httpUrl.optional() }).optional(),
  tags: z.array(text).default([]),
  readings: readings.optional(),
  traditional: traditional.optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** A slug is the file name: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
