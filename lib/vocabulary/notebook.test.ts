import { describe, expect, it } from "vitest";
import {
  BACKUP_KEY,
  markOf,
  markWords,
  NOTEBOOK_KEY,
  NOTEBOOK_VERSION,
  type NotebookStorage,
  readStore,
  type ReviewState,
  setReview,
  type WordToSave,
  entryId,
  isSaved,
  readNotebook,
  removeWord,
  saveWord,
  toAnkiCsv,
} from "./notebook";

function memoryStorage(
  initial: Record<string, string> = {},
): NotebookStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const bank: WordToSave = {
  language: "zh",
  word: "银行",
  reading: "yín háng",
  meaning: "bank",
  sentence: "银行行长还钱了。",
  translation: "The bank manager paid the money back.",
  article: { slug: "night-trains", title: "Night trains" },
  href: "/en/articles/night-trains#p3",
};
const library: WordToSave = {
  ...bank,
  language: "en",
  word: "libraries",
  reading: "library",
  meaning: "图书馆",
  href: "/en/articles/night-trains#p1",
};

describe("saveWord and readNotebook", () => {
  it("keeps saved words newest first, each once", () => {
    const storage = memoryStorage();
    saveWord(storage, bank, new Date("2026-03-01T10:00:00Z"));
    saveWord(storage, library, new Date("2026-03-01T11:00:00Z"));
    saveWord(storage, bank, new Date("2026-03-01T12:00:00Z"));
    const { entries, notice } = readNotebook(storage);
    expect(notice).toBeUndefined();
    expect(entries.map((entry) => entry.word)).toEqual(["银行", "libraries"]);
    expect(entries[0]).toEqual({ ...bank, savedAt: "2026-03-01T12:00:00.000Z" });
    expect(isSaved(storage, bank)).toBe(true);
  });

  it("removes a word", () => {
    const storage = memoryStorage();
    saveWord(storage, bank);
    saveWord(storage, library);
    expect(removeWord(storage, entryId(bank)).entries.map((entry) => entry.word)).toEqual([
      "libraries",
    ]);
    expect(readNotebook(storage).entries).toHaveLength(1);
  });

  it("refuses an entry that links off the site", () => {
    expect(() => saveWord(memoryStorage(), { ...bank, href: "https://evil.example/" })).toThrow();
    expect(() => saveWord(memoryStorage(), { ...bank, href: "//evil.example/" })).toThrow();
  });

  it("says so when the browser will not store it, and loses nothing", () => {
    const storage = memoryStorage();
    saveWord(storage, bank);
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    const result = saveWord(storage, library);
    expect(result.ok).toBe(false);
    expect(result.entries.map((entry) => entry.word)).toEqual(["银行"]);
  });
});

describe("readNotebook on bad data", () => {
  it("resets corrupt or foreign data with a notice and keeps a backup", () => {
    for (const bad of [
      "{not json",
      '"a string"',
      '{"version":1,"entries":"no"}',
      '{"version":9,"entries":[]}',
      "null",
    ]) {
      const storage = memoryStorage({ [NOTEBOOK_KEY]: bad });
      expect(readNotebook(storage)).toEqual({ entries: [], notice: "reset" });
      expect(storage.data.get(BACKUP_KEY)).toBe(bad);
      expect(storage.data.has(NOTEBOOK_KEY)).toBe(false);
    }
  });

  it("migrates the unversioned array of the first release", () => {
    const old = JSON.stringify([{ ...bank, savedAt: "2026-01-01T00:00:00.000Z" }]);
    const storage = memoryStorage({ [NOTEBOOK_KEY]: old });
    const read = readNotebook(storage);
    expect(read.notice).toBe("migrated");
    expect(read.entries.map((entry) => entry.word)).toEqual(["银行"]);
    expect(JSON.parse(storage.data.get(NOTEBOOK_KEY)!).version).toBe(NOTEBOOK_VERSION);
    expect(readNotebook(storage).notice).toBeUndefined();
  });

  it("drops only the entries that are broken", () => {
    const stored = JSON.stringify({
      version: 1,
      entries: [{ ...bank, savedAt: "2026-01-01T00:00:00.000Z" }, { word: 3 }],
    });
    const storage = memoryStorage({ [NOTEBOOK_KEY]: stored });
    const read = readNotebook(storage);
    expect(read.notice).toBe("dropped-entries");
    expect(read.entries).toHaveLength(1);
    expect(storage.data.get(BACKUP_KEY)).toBe(stored);
  });

  it("is empty, with no notice, when nothing is stored or storage is blocked", () => {
    expect(readNotebook(memoryStorage())).toEqual({ entries: [] });
    const blocked: NotebookStorage = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(readNotebook(blocked)).toEqual({ entries: [] });
  });
});

describe("toAnkiCsv", () => {
  it("writes front, back and context, quoted, for Anki's importer", () => {
    const storage = memoryStorage();
    saveWord(
      storage,
      { ...bank, translation: 'He said "paid back", twice.' },
      new Date("2026-03-01T10:00:00Z"),
    );
    saveWord(storage, { ...library, word: "#tag" }, new Date("2026-03-01T11:00:00Z"));
    const csv = toAnkiCsv(readNotebook(storage).entries, "https://reader.example");
    expect(
      csv.startsWith("\uFEFF#separator:Comma\r\n#html:false\r\n#columns:Front,Back,Context\r\n"),
    ).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[3]).toBe(
      '"#tag","library\n图书馆","银行行长还钱了。\nThe bank manager paid the money back.\nNight trains — https://reader.example/en/articles/night-trains#p1"',
    );
    expect(lines[4]).toMatch(
      /^"银行","yín háng\nbank","银行行长还钱了。\nHe said ""paid back"", twice\.\n/,
    );
    expect(lines.at(-1)).toBe("");
  });
});

const review: ReviewState = {
  due: "2026-11-04T10:00:00.000Z",
  stability: 3.2,
  difficulty: 5.1,
  elapsedDays: 0,
  scheduledDays: 3,
  reps: 1,
  lapses: 0,
  learningSteps: 0,
  state: 2,
  lastReview: "2026-11-01T10:00:00.000Z",
};

describe("version 2: review schedules and known-word marks", () => {
  it("migrates a version 1 notebook, keeping its words, with no schedules or marks yet", () => {
    const v1 = JSON.stringify({
      version: 1,
      entries: [{ ...bank, savedAt: "2026-01-01T00:00:00.000Z" }],
    });
    const storage = memoryStorage({ [NOTEBOOK_KEY]: v1 });
    const read = readStore(storage);
    expect(read.notice).toBe("migrated");
    expect(read.entries.map((entry) => entry.word)).toEqual(["银行"]);
    expect(read.reviews).toEqual({});
    expect(read.marks).toEqual({});
    expect(storage.data.get(BACKUP_KEY)).toBe(v1);
    expect(JSON.parse(storage.data.get(NOTEBOOK_KEY)!)).toMatchObject({
      version: 2,
      reviews: {},
      marks: {},
    });
  });

  it("keeps a word's schedule through saving other words, and forgets it when the word goes", () => {
    const storage = memoryStorage();
    saveWord(storage, bank);
    const id = entryId(bank);
    expect(setReview(storage, id, review)).toBe(true);
    saveWord(storage, library);
    expect(readStore(storage).reviews[id]).toEqual(review);
    removeWord(storage, id);
    expect(readStore(storage).reviews).toEqual({});
    expect(setReview(storage, id, review)).toBe(false);
  });

  it("drops a broken schedule or mark with a notice, never the words", () => {
    const storage = memoryStorage({
      [NOTEBOOK_KEY]: JSON.stringify({
        version: 2,
        entries: [{ ...bank, savedAt: "2026-01-01T00:00:00.000Z" }],
        reviews: { [entryId(bank)]: { ...review, stability: "high" } },
        marks: { "zh:银行": "known", "zh:图书馆": "maybe", nonsense: "known" },
      }),
    });
    const read = readStore(storage);
    expect(read.notice).toBe("dropped-entries");
    expect(read.entries).toHaveLength(1);
    expect(read.reviews).toEqual({});
    expect(read.marks).toEqual({ "zh:银行": "known" });
  });

  it("resets a notebook whose schedules or marks are not objects", () => {
    const bad = JSON.stringify({ version: 2, entries: [], reviews: [], marks: "x" });
    const storage = memoryStorage({ [NOTEBOOK_KEY]: bad });
    expect(readStore(storage).notice).toBe("reset");
  });

  it("marks words known or learning, a paragraph's worth at once, and clears them", () => {
    const storage = memoryStorage();
    saveWord(storage, bank);
    const words = [
      { language: "zh", word: "图书馆" },
      { language: "en", word: "Library" },
    ] as const;
    expect(markWords(storage, [...words], "known").marks).toEqual({
      "zh:图书馆": "known",
      "en:library": "known",
    });
    markWords(storage, [{ language: "en", word: "library" }], "learning");
    const { marks, entries } = readStore(storage);
    expect(markOf(marks, { language: "en", word: "LIBRARY" })).toBe("learning");
    expect(markOf(marks, { language: "zh", word: "图书馆" })).toBe("known");
    expect(entries).toHaveLength(1);
    markWords(storage, [...words], null);
    expect(readStore(storage).marks).toEqual({});
  });
});
