import { describe, expect, it } from "vitest";
import { entryId, type NotebookStorage, readStore, saveWord, type WordToSave } from "./notebook";
import { dueToday, gradeWord, intervals, nextDue } from "./review";
import { Rating } from "ts-fsrs";

function memoryStorage(): NotebookStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const word = (w: string, n: number): WordToSave => ({
  language: "zh",
  word: w,
  reading: "",
  meaning: "",
  sentence: "",
  translation: "",
  article: { slug: "a", title: "A" },
  href: `/en/articles/a#p${n}`,
});

const day = (d: number, hour = 9) => new Date(2026, 10, d, hour);

describe("review", () => {
  it("has new words due the day they are saved, and a graded word back on the day its grade said", () => {
    const storage = memoryStorage();
    saveWord(storage, word("图书馆", 1), day(1, 8));
    saveWord(storage, word("乐器", 2), new Date(2026, 10, 1, 8, 1));
    let store = readStore(storage);
    const due = dueToday(store, day(1));
    expect(due.map((entry) => entry.word)).toEqual(["图书馆", "乐器"]);

    const [first, second] = due;
    const goodDays = intervals(store, first!, day(1))[Rating.Good];
    expect(goodDays).toBeGreaterThan(1);
    expect(intervals(store, second!, day(1))[Rating.Again]).toBe(1);
    gradeWord(storage, store, first!, Rating.Good, day(1));
    store = readStore(storage);
    gradeWord(storage, store, second!, Rating.Again, day(1));
    store = readStore(storage);

    expect(dueToday(store, day(1, 22))).toEqual([]);
    // Again: tomorrow, from the start of the day.
    expect(dueToday(store, day(2, 7)).map((entry) => entry.word)).toEqual(["乐器"]);
    expect(nextDue(store, day(1))?.getDate()).toBe(2);
    // Good: not before its day, then on it.
    expect(dueToday(store, day(1 + goodDays - 1, 23)).map((e) => e.word)).not.toContain("图书馆");
    expect(dueToday(store, day(1 + goodDays, 7)).map((e) => e.word)).toContain("图书馆");
    expect(store.reviews[entryId(first!)]?.reps).toBe(1);
  });

  it("puts words met before ahead of new ones", () => {
    const storage = memoryStorage();
    saveWord(storage, word("旧", 1), day(1));
    gradeWord(storage, readStore(storage), readStore(storage).entries[0]!, Rating.Again, day(1));
    saveWord(storage, word("新", 2), day(2, 8));
    expect(dueToday(readStore(storage), day(2)).map((entry) => entry.word)).toEqual(["旧", "新"]);
  });
});
