/**
 * Known and learning marks, the part of the notebook a reading page needs at once: their keys and a
 * read-only peek at the stored marks. No zod here, so the learning layer can show a word's mark (and
 * colour marked words) without the notebook's 94 KB chunk; every write goes through `markWords` in
 * notebook.ts, which validates and repairs the store (docs/learning.md, "Known words").
 */

/** Where the notebook lives in localStorage (notebook.ts re-exports it). */
export const NOTEBOOK_KEY = "reader.notebook";

/** What a reader says of a word: they know it, or they are learning it. */
export const WORD_MARKS = ["known", "learning"] as const;
export type WordMark = (typeof WORD_MARKS)[number];

/** A word a mark is about: Chinese in Simplified (so a mark holds in both scripts), English's base form. */
export interface MarkedWord {
  language: "zh" | "en";
  word: string;
}

/** The key of a word's mark: `zh:图书馆`, `en:library` (English in lower case). */
export function markKey({ language, word }: MarkedWord): string {
  return `${language}:${language === "en" ? word.toLowerCase() : word}`;
}

/**
 * The stored marks, read without validating the rest of the notebook: values that are not a mark are
 * skipped, anything unreadable gives no marks. Never writes and never throws; the repair (reset with
 * a notice) is the notebook's, on the reader's next mark or Save.
 */
export function peekMarks(storage: Pick<Storage, "getItem">): Record<string, WordMark> {
  const marks: Record<string, WordMark> = {};
  try {
    const data: unknown = JSON.parse(storage.getItem(NOTEBOOK_KEY) ?? "null");
    const stored = (data as { marks?: unknown } | null)?.marks;
    if (!stored || typeof stored !== "object" || Array.isArray(stored)) return marks;
    for (const [key, value] of Object.entries(stored)) {
      if ((WORD_MARKS as readonly unknown[]).includes(value)) marks[key] = value as WordMark;
    }
  } catch {
    // Blocked storage or corrupt JSON: no marks to show.
  }
  return marks;
}

/**
 * Sets each word's mark (or clears it, with null) through the notebook module, which validates and
 * repairs the store: imported here on first use, so that zod stays out of the reading page until a
 * reader marks a word. `reset`: the stored notebook could not be read and was started afresh (the
 * caller tells the reader). Never throws.
 */
export async function storeMarks(
  storage: Storage,
  words: MarkedWord[],
  mark: WordMark | null,
): Promise<{ ok: boolean; reset: boolean }> {
  let reset = false;
  try {
    const { markWords, readStore } = await import("./notebook");
    reset = readStore(storage).notice === "reset";
    return { ok: markWords(storage, words, mark).ok, reset };
  } catch {
    return { ok: false, reset };
  }
}
