/**
 * The vocabulary notebook: words a reader saved, kept in the browser (localStorage) under a versioned
 * schema. Pure logic over a Storage-like object, so it is unit-tested without a browser; the page side
 * (popovers' Save, the /vocabulary page) calls `saveWord`, `readNotebook`, `removeWord`, `toAnkiCsv`.
 *
 * Stored data that is not a notebook of this version (corrupt JSON, another app's value, an older
 * shape) never crashes a page: it is migrated when we know how, else reset; either way the original
 * text is kept under BACKUP_KEY and the caller gets a notice to show (StorageNotice).
 */
import { z } from "zod";

export const NOTEBOOK_KEY = "reader.notebook";
export const BACKUP_KEY = "reader.notebook.backup";
export const NOTEBOOK_VERSION = 1;
/** Enough for years of reading; past it the oldest entries go, so saving never fails for size. */
export const MAX_ENTRIES = 2000;

const text = z.string().max(2000);

export const entrySchema = z.object({
  /** Language of the saved word: Chinese (zh) or English (en). */
  language: z.enum(["zh", "en"]),
  /** The word as the reader saw it (Chinese in the script shown, English as written). */
  word: z.string().min(1).max(100),
  /** Chinese: pinyin in tone marks. English: the base form ("run" for ran). */
  reading: text,
  /** Chinese: English meanings. English: Chinese equivalents. */
  meaning: text,
  /** The sentence the word came from, and that sentence's aligned translation. */
  sentence: text,
  translation: text,
  article: z.object({ slug: z.string().min(1).max(200), title: text }),
  /** Link back to the pair, e.g. `/en/articles/{slug}#p3`. Site-relative only. */
  href: z
    .string()
    .regex(/^\/[^/]/, "must be a site-relative path")
    .max(500),
  /** When it was saved, ISO 8601. */
  savedAt: z.iso.datetime(),
});

export type NotebookEntry = z.infer<typeof entrySchema>;

const notebookSchema = z.object({
  version: z.literal(NOTEBOOK_VERSION),
  entries: z.array(z.unknown()),
});

/** What the notebook found when it read stored data that was not a clean current notebook. */
export type NotebookNotice = "reset" | "migrated" | "dropped-entries";

/** The part of `Storage` the notebook uses (localStorage in the browser, a Map in tests). */
export interface NotebookStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface NotebookRead {
  /** Newest first. */
  entries: NotebookEntry[];
  notice?: NotebookNotice;
}

/** Stable identity of an entry: the same word saved from the same pair twice is one entry. */
export function entryId(entry: Pick<NotebookEntry, "language" | "word" | "href">): string {
  return `${entry.language}:${entry.word}@${entry.href}`;
}

/**
 * Older shapes we can read: an unversioned array of entries (version 0) becomes version 1. A later
 * version would add its step here.
 */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = {
  0: (data) => ({ version: 1, entries: data }),
};

/** Reads the notebook, repairing what it must (see the module comment). Never throws. */
export function readNotebook(storage: NotebookStorage): NotebookRead {
  let raw: string | null;
  try {
    raw = storage.getItem(NOTEBOOK_KEY);
  } catch {
    return { entries: [] };
  }
  if (raw === null) return { entries: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return reset(storage, raw);
  }
  let notice: NotebookNotice | undefined;
  let version = Array.isArray(data) ? 0 : (data as { version?: unknown } | null)?.version;
  while (typeof version === "number" && version < NOTEBOOK_VERSION && MIGRATIONS[version]) {
    data = MIGRATIONS[version]!(data);
    version += 1;
    notice = "migrated";
  }
  const parsed = notebookSchema.safeParse(data);
  if (!parsed.success) return reset(storage, raw);
  const entries: NotebookEntry[] = [];
  for (const candidate of parsed.data.entries) {
    const entry = entrySchema.safeParse(candidate);
    if (entry.success) entries.push(entry.data);
  }
  if (entries.length < parsed.data.entries.length) notice = "dropped-entries";
  if (notice) {
    backUp(storage, raw);
    write(storage, entries);
  }
  return { entries: newestFirst(entries), notice };
}

/** What a popover knows when the reader presses Save. */
export type WordToSave = Omit<NotebookEntry, "savedAt">;

/**
 * Saves a word (or moves it to the top when it is already there) and returns the notebook.
 * `ok: false` when the browser refused to store it (storage full or blocked); nothing is lost then.
 */
export function saveWord(
  storage: NotebookStorage,
  word: WordToSave,
  now: Date = new Date(),
): { ok: boolean; entries: NotebookEntry[]; notice?: NotebookNotice } {
  const entry = entrySchema.parse({ ...word, savedAt: now.toISOString() });
  const { entries, notice } = readNotebook(storage);
  const id = entryId(entry);
  const next = [entry, ...entries.filter((other) => entryId(other) !== id)].slice(0, MAX_ENTRIES);
  const ok = write(storage, next);
  return { ok, entries: ok ? next : entries, notice };
}

/** Removes one entry by its id (entryId); returns the notebook. */
export function removeWord(
  storage: NotebookStorage,
  id: string,
): { ok: boolean; entries: NotebookEntry[] } {
  const { entries } = readNotebook(storage);
  const next = entries.filter((entry) => entryId(entry) !== id);
  const ok = write(storage, next);
  return { ok, entries: ok ? next : entries };
}

/** Whether a word from a pair is already saved. */
export function isSaved(
  storage: NotebookStorage,
  word: Pick<NotebookEntry, "language" | "word" | "href">,
): boolean {
  const id = entryId(word);
  return readNotebook(storage).entries.some((entry) => entryId(entry) === id);
}

function newestFirst(entries: NotebookEntry[]): NotebookEntry[] {
  return [...entries].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

function write(storage: NotebookStorage, entries: NotebookEntry[]): boolean {
  try {
    storage.setItem(NOTEBOOK_KEY, JSON.stringify({ version: NOTEBOOK_VERSION, entries }));
    return true;
  } catch {
    return false;
  }
}

function backUp(storage: NotebookStorage, raw: string): void {
  try {
    storage.setItem(BACKUP_KEY, raw);
  } catch {
    // No room for the backup: the original stays where it was unless we can write the repaired one.
  }
}

function reset(storage: NotebookStorage, raw: string): NotebookRead {
  backUp(storage, raw);
  try {
    storage.removeItem(NOTEBOOK_KEY);
  } catch {
    // Blocked storage: nothing to reset.
  }
  return { entries: [], notice: "reset" };
}

/**
 * The notebook as a CSV file Anki imports (File → Import): UTF-8 with a byte-order mark (Anki skips
 * it; spreadsheet programs need it to read Chinese), comma-separated, every field quoted with inner
 * quotes doubled, CRLF line ends. The `#` header lines are Anki's file headers: it reads the
 * separator, treats fields as plain text (#html:false: it escapes < and & itself and turns line breaks
 * into <br>) and names the three columns Front, Back and Context. Anki skips other lines starting with #,
 * so every field is quoted: a word can never start a line with #.
 */
export function toAnkiCsv(entries: NotebookEntry[], origin = ""): string {
  const rows = entries.map((entry) => [
    entry.word,
    [entry.reading, entry.meaning].filter(Boolean).join("\n"),
    [entry.sentence, entry.translation, `${entry.article.title} — ${origin}${entry.href}`]
      .filter(Boolean)
      .join("\n"),
  ]);
  const lines = [
    "#separator:Comma",
    "#html:false",
    "#columns:Front,Back,Context",
    ...rows.map((row) => row.map(csvField).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function csvField(value: string): string {
  return `"${value.replace(/\r\n?/g, "\n").replace(/"/g, '""')}"`;
}
