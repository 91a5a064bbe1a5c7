import { isSection, SECTIONS, type Section } from "@/lib/content/types";
import { readIsoDate } from "@/lib/text";

/**
 * The `--section` and `--date` options of the editor tools (import, align), read the same way in
 * both: problems go to `errors`, guesses to `notes`, so each tool prints them in its own report.
 */

/** `--section`, or `china` with a note saying so when it is not given ("guessed", "using"). */
export function readSectionOption(
  value: string | undefined,
  notes: string[],
  errors: string[],
  verb: "guessed" | "using",
): Section {
  if (value === undefined) {
    notes.push(`no --section given: ${verb} "china"`);
    return "china";
  }
  if (isSection(value)) return value;
  errors.push(`--section must be one of: ${SECTIONS.join(", ")}`);
  return "china";
}

/** `--date` as `YYYY-MM-DD` (one-digit month or day accepted), or undefined with an error. */
export function readDateOption(value: string, errors: string[]): string | undefined {
  const date = readIsoDate(value);
  if (!date) errors.push(`--date "${value}" is not a real date written YYYY-MM-DD`);
  return date;
}
