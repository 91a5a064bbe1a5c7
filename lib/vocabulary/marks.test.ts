import { describe, expect, it } from "vitest";
import { markKey, NOTEBOOK_KEY, peekMarks } from "./marks";

const storage = (value: string | null) => ({ getItem: () => value });

describe("peekMarks", () => {
  it("reads the stored marks, skipping values that are not a mark", () => {
    const stored = JSON.stringify({
      version: 2,
      entries: [],
      reviews: {},
      marks: { "zh:图书馆": "known", "en:library": "learning", "en:x": "maybe", "zh:书": 3 },
    });
    expect(peekMarks(storage(stored))).toEqual({ "zh:图书馆": "known", "en:library": "learning" });
    expect(NOTEBOOK_KEY).toBe("reader.notebook");
  });

  it("gives no marks for nothing stored, corrupt JSON, other shapes or blocked storage", () => {
    expect(peekMarks(storage(null))).toEqual({});
    expect(peekMarks(storage("{not json"))).toEqual({});
    expect(peekMarks(storage("[1,2]"))).toEqual({});
    expect(peekMarks(storage('{"marks":["known"]}'))).toEqual({});
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(peekMarks(blocked)).toEqual({});
  });

  it("keys Chinese by its form and English in lower case", () => {
    expect(markKey({ language: "zh", word: "图书馆" })).toBe("zh:图书馆");
    expect(markKey({ language: "en", word: "Library" })).toBe("en:library");
  });
});
