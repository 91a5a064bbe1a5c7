import { describe, expect, it } from "vitest";
import { getArticle } from "@/lib/content/load";
import {
  articleLevel,
  cefrLabel,
  cefrLevel,
  cefrOfWritten,
  cetMark,
  hskLabel,
  hskLevels,
} from "./levels";
import { buildStudyData } from "./study-data";

describe("word levels", () => {
  it("gives Chinese words their HSK 3.0 and HSK 2.0 levels", () => {
    expect(hskLevels("图书馆")).toEqual({ hsk3: 1, hsk2: 3 });
    expect(hskLevels("经济")).toEqual({ hsk3: 3, hsk2: 4 });
    expect(hskLevels("不是词")).toEqual({});
  });

  it("gives English words the CEFR level of their base form", () => {
    expect(cefrLevel("library")).toBe(1);
    expect(cefrOfWritten("libraries")).toBe(1);
    expect(cefrOfWritten("abandoned")).toBe(3);
    expect(cefrOfWritten("Baiyang")).toBeUndefined();
  });

  it("marks English words on the CET-4 list, or only on the CET-6 list", () => {
    expect(cetMark("instrument")).toBe(4);
    expect(cetMark("Economy")).toBe(4);
    expect(cetMark("fraud")).toBe(6);
    // Below CET-4 (a school word) or on neither list: no mark.
    expect(cetMark("library")).toBeUndefined();
    expect(cetMark("xylophonist")).toBeUndefined();
  });

  it("labels levels as readers know them", () => {
    expect([hskLabel(4), hskLabel(7), hskLabel(8)]).toEqual(["HSK 4", "HSK 7–9", "HSK 7–9+"]);
    expect([cefrLabel(3), cefrLabel(7)]).toEqual(["B1", "C2+"]);
  });
});

// Segmenting and the dictionary load in seconds on a busy machine.
const SLOW = { timeout: 120_000 };

describe("article level", () => {
  const article = getArticle("county-library-lends-instruments")!;

  it(
    "is the lowest level covering 85 % of the running words, with the shares at each level",
    SLOW,
    () => {
      const level = articleLevel(article);
      expect(level.hskShares).toHaveLength(7);
      expect(level.cefrShares).toHaveLength(6);
      // Shares only grow with the level, and the level is the first at or above 85 %.
      for (const shares of [level.hskShares, level.cefrShares]) {
        expect([...shares].sort((a, b) => a - b)).toEqual(shares);
      }
      expect(level.hskShares[level.hsk - 1]).toBeGreaterThanOrEqual(85);
      expect(level.hskShares[level.hsk - 2] ?? 0).toBeLessThan(85);
      expect(level.cefrShares[level.cefr - 1]).toBeGreaterThanOrEqual(85);
      expect(level.cefrShares[level.cefr - 2] ?? 0).toBeLessThan(85);
    },
  );
});

describe("levels in the study data", () => {
  it("ride on the words and base forms", SLOW, () => {
    const data = buildStudyData(getArticle("county-library-lends-instruments")!, "hant");
    expect(data.words.find((word) => word.s === "图书馆")).toMatchObject({ h: 1, h2: 3 });
    expect(data.lemmas.find((lemma) => lemma.l === "library")).toMatchObject({ e: 1 });
    expect(data.lemmas.find((lemma) => lemma.l === "library")).not.toHaveProperty("c");
    expect(data.lemmas.find((lemma) => lemma.l === "instrument")).toMatchObject({ e: 2, c: 4 });
  });
});
