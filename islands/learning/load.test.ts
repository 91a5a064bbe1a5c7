import { afterEach, describe, expect, it, vi } from "vitest";
import { STUDY_DATA_VERSION } from "@/lib/learning/study-types";
import { loadStudyData } from "./load";

const data = { v: STUDY_DATA_VERSION, slug: "a", script: "hans", words: [], lemmas: [], pairs: [] };

function answer(body: unknown, status = 200) {
  return Promise.resolve(new Response(JSON.stringify(body), { status }));
}

afterEach(() => vi.unstubAllGlobals());

describe("loadStudyData", () => {
  it("fetches an article's study data once, however many features ask at once", async () => {
    const fetch = vi.fn(() => answer(data));
    vi.stubGlobal("fetch", fetch);
    const [first, second] = await Promise.all([
      loadStudyData("/study/hans/once.json"),
      loadStudyData("/study/hans/once.json"),
    ]);
    expect(await loadStudyData("/study/hans/once.json")).toBe(first);
    expect(second).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("forgets a failed load, so that a later use tries again", async () => {
    const fetch = vi.fn().mockReturnValueOnce(answer("", 500)).mockReturnValue(answer(data));
    vi.stubGlobal("fetch", fetch);
    await expect(loadStudyData("/study/hans/retry.json")).rejects.toThrow("HTTP 500");
    await expect(loadStudyData("/study/hans/retry.json")).resolves.toEqual(data);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("refuses data of another version", async () => {
    vi.stubGlobal("fetch", () => answer({ ...data, v: STUDY_DATA_VERSION + 1 }));
    await expect(loadStudyData("/study/hans/old.json")).rejects.toThrow(/not study data/);
  });
});
