/**
 * The vocabulary notebook: words a reader saved, kept in the browser (localStorage) under a versioned
 * schema. Pure logic over a Storage-like object, so it is unit-tested without a browser; the page side
 * (popovers' Save, the /vocabulary page) calls `saveWord`, `readNotebook`, `removeWord`, `toAnkiCsv`.
 *
 * Stored data that is not a notebook of this version (corrupt JSON, another app's value, an older
 * shape) never crashes a page: it is migrated when we know how, else reset; either way the original
 * text is kept under BACKUP_KEY and the caller gets a notice to show (StorageNotice).
 *
 * Version 2 keeps, beside the saved words, each word's review schedule (`reviews`, by entryId; the
 * review page's FSRS state, lib/vocabulary/review.ts) and the words a reader marked known or learning
 * (`marks`). docs/learning.md, "Vocabulary notebook", describes the format.
 */
// zod/mini: the same checks, tree-shaken; this module runs in the reader's browser (the notebook
// page, the review page, the popover's Save), where every kilobyte is downloaded.
import * as z from "zod/mini";
import { type MarkedWord, markKey, NOTEBOOK_KEY, WORD_MARKS, type WordMark } from "./marks";

export { type MarkedWord, markKey, NOTEBOOK_KEY, WORD_MARKS, type WordMark };
export const BACKUP_KEY = "reader.notebook.backup";
export const NOTEBOOK_VERSION = 2;
/** Enough for years of reading; past it the oldest entries go, so saving never fails for size. */
export const MAX_ENTRIES = 2000;
/** Known and learning marks kept at most (a reader who marks whole paragraphs reaches thousands). */
export const MAX_MARKS = 20000;

const text = z.string().check(z.maxLength(2000));

export const entrySchema = z.object({
  /** Language of the saved word: Chinese (zh) or English (en). */
  language: z.enum(["zh", "en"]),
  /** The word as the reader saw it (Chinese in the script shown, English as written). */
  word: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Chinese: pinyin in tone marks. English: the base form ("run" for ran). */
  reading: text,
  /** Chinese: English meanings. English: Chinese equivalents. */
  meaning: text,
  /** The sentence the word came from, and that sentence's aligned translation. */
  sentence: text,
  translation: text,
  article: z.object({ slug: z.string().check(z.minLength(1), z.maxLength(200)), title: text }),
  /** Link back to the pair, e.g. `/en/articles/{slug}#p3`. Site-relative only. */
  href: z.string().check(z.regex(/^\/[^/]/, "must be a site-relative path"), z.maxLength(500)),
  /** When it was saved, ISO 8601. */
  savedAt: z.iso.datetime(),
});

export type NotebookEntry = z.infer<typeof entrySchema>;

/** A saved word's review schedule: the FSRS card state (ts-fsrs `Card`), dates as ISO 8601. */
export const reviewSchema = z.object({
  due: z.iso.datetime(),
  stability: z.number().check(z.nonnegative()),
  difficulty: z.number(),
  /** Days between the last two reviews, and days until the next one. */
  elapsedDays: z.number().check(z.nonnegative()),
  scheduledDays: z.number().check(z.nonnegative()),
  reps: z.int().check(z.nonnegative()),
  lapses: z.int().check(z.nonnegative()),
  /** Which learning step the card is on (ts-fsrs; always 0 here, as the review uses no steps). */
  learningSteps: z.int().check(z.nonnegative()),
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.int().check(z.minimum(0), z.maximum(3)),
  lastReview: z.optional(z.iso.datetime()),
});

export type ReviewState = z.infer<typeof reviewSchema>;

const markSchema = z.enum(WORD_MARKS);

const notebookSchema = z.object({
  version: z.literal(NOTEBOOK_VERSION),
  entries: z.array(z.unknown()),
  reviews: z.record(z.string(), z.unknown()),
  marks: z.record(z.string(), z.unknown()),
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

/** Everything the notebook stores: the words, their review schedules and the reader's marks. */
export interface NotebookStore extends NotebookRead {
  /** By entryId; a saved word without one has never been reviewed. */
  reviews: Record<string, ReviewState>;
  /** By markKey. */
  marks: Record<string, WordMark>;
}

type StoredState = Omit<NotebookStore, "notice">;

/** Stable identity of an entry: the same word saved from the same pair twice is one entry. */
export function entryId(entry: Pick<NotebookEntry, "language" | "word" | "href">): string {
  return `${entry.language}:${entry.word}@${entry.href}`;
}

/**
 * Older shapes we can read, each to the next version: an unversioned array of entries (version 0)
 * becomes version 1; version 1 gains empty review schedules and marks. A later version adds its step.
 */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = {
  0: (data) => ({ version: 1, entries: data }),
  1: (data) => ({ ...(data as object), version: 2, reviews: {}, marks: {} }),
};

/** Reads the notebook's words, repairing what it must (see the module comment). Never throws. */
export function readNotebook(storage: NotebookStorage): NotebookRead {
  const { entries, notice } = readStore(storage);
  return notice ? { entries, notice } : { entries };
}

/** Reads everything the notebook stores, repairing what it must. Never throws. */
export function readStore(storage: NotebookStorage): NotebookStore {
  let raw: string | null;
  try {
    raw = storage.getItem(NOTEBOOK_KEY);
  } catch {
    return empty();
  }
  if (raw === null) return empty();
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
  let dropped = entries.length < parsed.data.entries.length;
  const ids = new Set(entries.map(entryId));
  const reviews: Record<string, ReviewState> = {};
  for (const [id, candidate] of Object.entries(parsed.data.reviews)) {
    const review = reviewSchema.safeParse(candidate);
    // A schedule for a word no longer saved is dropped quietly (its word was removed).
    if (review.success && ids.has(id)) reviews[id] = review.data;
    else if (!review.success) dropped = true;
  }
  const marks: Record<string, WordMark> = {};
  for (const [key, candidate] of Object.entries(parsed.data.marks)) {
    const mark = markSchema.safeParse(candidate);
    if (mark.success && /^(zh|en):./u.test(key)) marks[key] = mark.data;
    else dropped = true;
  }
  if (dropped) notice = "dropped-entries";
  const state = { entries: newestFirst(entries), reviews, marks };
  if (notice) {
    backUp(storage, raw);
    write(storage, state);
  }
  return notice ? { ...state, notice } : state;
}

/** What is stored, repaired, without the notice (for writes that keep the other parts). */
function storedState(storage: NotebookStorage): StoredState {
  const { entries, reviews, marks } = readStore(storage);
  return { entries, reviews, marks };
}

function empty(): NotebookStore {
  return { entries: [], reviews: {}, marks: {} };
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
  const { notice, ...state } = readStore(storage);
  const { entries } = state;
  const id = entryId(entry);
  const next = [entry, ...entries.filter((other) => entryId(other) !== id)].slice(0, MAX_ENTRIES);
  const ok = write(storage, { ...state, entries: next });
  return notice
    ? { ok, entries: ok ? next : entries, notice }
    : { ok, entries: ok ? next : entries };
}

/** Removes one entry by its id (entryId); returns the notebook. */
export function removeWord(
  storage: NotebookStorage,
  id: string,
): { ok: boolean; entries: NotebookEntry[] } {
  const state = storedState(storage);
  const next = state.entries.filter((entry) => entryId(entry) !== id);
  const reviews = Object.fromEntries(
    Object.entries(state.reviews).filter(([reviewed]) => reviewed !== id),
  );
  const ok = write(storage, { ...state, entries: next, reviews });
  return { ok, entries: ok ? next : state.entries };
}

/** Records a saved word's new review schedule (lib/vocabulary/review.ts computes it). */
export function setReview(storage: NotebookStorage, id: string, review: ReviewState): boolean {
  const state = storedState(storage);
  if (!state.entries.some((entry) => entryId(entry) === id)) return false;
  return write(storage, {
    ...state,
    reviews: { ...state.reviews, [id]: reviewSchema.parse(review) },
  });
}

/**
 * Marks words known or learning, or clears their mark (`null`): one word from a popover, or every
 * word of a paragraph at once. Returns the marks as stored (unchanged when storage refused).
 */
export function markWords(
  storage: NotebookStorage,
  words: MarkedWord[],
  mark: WordMark | null,
): { ok: boolean; marks: Record<string, WordMark> } {
  const state = storedState(storage);
  const marks = { ...state.marks };
  for (const word of words) {
    if (!word.word) continue;
    const key = markKey(word);
    delete marks[key];
    if (mark) marks[key] = mark;
  }
  // Past the cap the oldest marks go first (objects keep insertion order; a re-mark moves to the end).
  const kept = Object.fromEntries(Object.entries(marks).slice(-MAX_MARKS));
  const ok = write(storage, { ...state, marks: kept });
  return { ok, marks: ok ? kept : state.marks };
}

/** The reader's mark on a word, if any. */
export function markOf(marks: Record<string, WordMark>, word: MarkedWord): WordMark | undefined {
  return marks[markKey(word)];
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

function write(storage: NotebookStorage, state: StoredState): boolean {
  const { entries, reviews, marks } = state;
  try {
    storage.setItem(
      NOTEBOOK_KEY,
      JSON.stringify({ version: NOTEBOOK_VERSION, entries, reviews, marks }),
    );
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

function reset(storage: NotebookStorage, raw: string): NotebookStore {
  backUp(storage, raw);
  try {
    storage.removeItem(NOTEBOOK_KEY);
  } catch {
    // Blocked storage: nothing to reset.
  }
  return { ...empty(), notice: "reset" };
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
