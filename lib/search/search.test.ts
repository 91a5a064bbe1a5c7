import { beforeAll, describe, expect, it } from "vitest";
import { getArticles } from "@/lib/content/load";
import { buildSearchIndex, type SearchIndex as BuiltIndex } from "./build";
import { bestPair, markedParts, markRanges, SearchIndex } from "./client";
import { fold, regularBaseForms } from "./terms";

let built: BuiltIndex;
let index: SearchIndex;

/** Serves the built index from memory, as public/search-index would be. */
function memoryFetch(url: string): Promise<Response> {
  const { meta } = built;
  const rest = url.replace(/^\/search-index\//, "");
  let body: unknown;
  if (rest === "meta.json") body = meta;
  else if (rest === `${meta.version}/fold.json`) body = built.fold;
  else {
    const shard = new RegExp(`^${meta.version}/shard/(\\d+)\\.json$`).exec(rest);
    const doc = new RegExp(`^${meta.version}/doc/(hans|hant)/(\\d+)\\.json$`).exec(rest);
    if (shard) body = built.shards[Number(shard[1])];
    else if (doc) body = built.docs[doc[1] as "hans" | "hant"][Number(doc[2])];
  }
  return Promise.resolve(
    body === undefined ? new Response("", { status: 404 }) : Response.json(body),
  );
}

async function slugsFor(query: string): Promise<string[]> {
  const { ids } = await index.search(query);
  return Promise.all(ids.map(async (id) => (await index.doc(id, "hans")).s));
}

// Building reads the library and OpenCC's tables: seconds on a loaded machine.
beforeAll(() => {
  built = buildSearchIndex(getArticles());
  index = new SearchIndex("/search-index", memoryFetch);
}, 120_000);

describe("search", () => {
  it("finds an English word by an inflected form, and the base form by the plural", async () => {
    expect(await slugsFor("libraries")).toContain("county-library-lends-instruments");
    expect(await slugsFor("Library")).toContain("county-library-lends-instruments");
    expect(await slugsFor("instrument")).toEqual(["county-library-lends-instruments"]);
  });

  it("finds Chinese in either script", async () => {
    expect(await slugsFor("图书馆")).toEqual(["county-library-lends-instruments"]);
    expect(await slugsFor("圖書館")).toEqual(["county-library-lends-instruments"]);
  });

  it("finds the Taiwan wording of the Traditional pages (網路 for 网络)", async () => {
    expect(await slugsFor("網路")).toEqual(expect.arrayContaining(await slugsFor("网络")));
  });

  it("needs every term of a mixed query", async () => {
    expect(await slugsFor("library 图书馆")).toEqual(["county-library-lends-instruments"]);
    expect(await slugsFor("prosecutors 图书馆")).toEqual([]);
  });

  it("finds nothing for words the library does not have", async () => {
    expect(await slugsFor("xylophonist")).toEqual([]);
    expect(await slugsFor("鬱")).toEqual([]);
    expect(await slugsFor("  ,. ")).toEqual([]);
  });

  it("marks the matching forms and characters, and picks the pair that matches", async () => {
    const result = await index.search("libraries 圖書館");
    const doc = await index.doc(result.ids[0]!, "hant");
    const n = bestPair(doc, result.terms, built.fold);
    expect(n).toBeDefined();
    const [en, zh] = doc.p[n! - 1]!;
    const marked = (text: string) =>
      markedParts(text, markRanges(text, result.terms, built.fold))
        .filter((part) => part.marked)
        .map((part) => part.text);
    expect(marked(en).map((word) => word.toLowerCase())).toContain("library");
    expect(marked(zh)).toContain("圖書館");
  });
});

describe("English base forms", () => {
  it("finds every form of a word by any other form, though the library never wrote the one asked", async () => {
    const [sample] = getArticles();
    const article = (slug: string, en: string, date: string) => {
      const pairs = [
        {
          type: "pair" as const,
          n: 1,
          en: [{ type: "text" as const, value: en }],
          zh: [{ type: "text" as const, value: "中文。" }],
        },
      ];
      return { ...sample!, slug, date, pairs, body: pairs };
    };
    const own = buildSearchIndex([
      article("one", "The city library opened.", "2026-02-01"),
      article("two", "Both libraries closed early.", "2026-01-01"),
      article("three", "Prosecutors went to court.", "2025-12-01"),
    ]);
    const search = new SearchIndex("/search-index", (url) => {
      const saved = built;
      built = own;
      const response = memoryFetch(url);
      built = saved;
      return response;
    });
    const slugs = async (query: string) => {
      const { ids } = await search.search(query);
      return Promise.all(ids.map(async (id) => (await search.doc(id, "hans")).s));
    };
    expect(await slugs("libraries")).toEqual(["one", "two"]);
    expect(await slugs("library")).toEqual(["one", "two"]);
    // Irregular: "go" is not written anywhere, "went" is (wink-lemmatizer's exception lists).
    expect(await slugs("go")).toEqual(["three"]);
    // A form the library never wrote, by the regular rules in the browser.
    expect(await slugs("prosecutor")).toEqual(["three"]);
    expect(await slugs("opening")).toEqual(["one"]);
  });
});

describe("terms", () => {
  it("folds Traditional to Simplified without changing the length", () => {
    expect(fold("圖書館", built.fold)).toBe("图书馆");
    expect(fold("頭髮", built.fold)).toBe("头发");
  });

  it("guesses regular base forms", () => {
    expect(regularBaseForms("libraries")).toContain("library");
    expect(regularBaseForms("stopped")).toContain("stop");
    expect(regularBaseForms("lends")).toContain("lend");
  });
});
