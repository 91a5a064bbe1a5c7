import { beforeAll, describe, expect, it } from "vitest";
import { getArticles } from "@/lib/content/load";
import { buildSearchIndex, type SearchIndex as BuiltIndex } from "./build";
import { markedParts, markRanges, pairOf, SearchIndex } from "./client";
import {
  bitsAt,
  decodeNumbers,
  encodeNumbers,
  fold,
  numberStarts,
  regularBaseForms,
} from "./terms";

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
    const hit = new RegExp(`^${meta.version}/hit/(\\d+)/(\\d+)\\.json$`).exec(rest);
    if (shard) body = built.shards[Number(shard[1])];
    else if (hit) body = built.hits[Number(hit[1])]?.[Number(hit[2])];
  }
  return Promise.resolve(
    body === undefined ? new Response("", { status: 404 }) : Response.json(body),
  );
}

async function slugsFor(query: string): Promise<string[]> {
  const { ids } = await index.search(query);
  return Promise.all(ids.map(async (id) => (await index.hit(id, 0)).s));
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

  it("marks the matching forms and characters, and fetches the pair that matches", async () => {
    const result = await index.search("libraries 圖書館");
    const n = pairOf(result, result.ids[0]!);
    expect(n).toBeGreaterThan(0);
    const hit = await index.hit(result.ids[0]!, n);
    const [en, , zh] = hit.x;
    const marked = (text: string) =>
      markedParts(text, markRanges(text, result.terms, built.fold))
        .filter((part) => part.marked)
        .map((part) => part.text);
    expect(marked(en).map((word) => word.toLowerCase())).toContain("library");
    expect(marked(zh)).toContain("圖書館");
  });
});

/** An article of the given pairs ([en, zh] each), its title and summary the sample's unless given. */
function article(
  slug: string,
  pairs: [string, string][],
  date = "2026-01-01",
  title?: { en: string; zh: string },
) {
  const [sample] = getArticles();
  const parts = pairs.map(([en, zh], i) => ({
    type: "pair" as const,
    n: i + 1,
    en: [{ type: "text" as const, value: en }],
    zh: [{ type: "text" as const, value: zh }],
  }));
  return {
    ...sample!,
    slug,
    date,
    pairs: parts,
    body: parts,
    ...(title && { title, summary: title }),
  };
}

/** Serves an index of its own from memory. */
function serve(own: BuiltIndex): (url: string) => Promise<Response> {
  return (url) => {
    const saved = built;
    built = own;
    const response = memoryFetch(url);
    built = saved;
    return response;
  };
}

const clientOf = (own: BuiltIndex) => new SearchIndex("/search-index", serve(own));

describe("English base forms", () => {
  it("finds every form of a word by any other form, though the library never wrote the one asked", async () => {
    const search = clientOf(
      buildSearchIndex([
        article("one", [["The city library opened.", "中文。"]], "2026-02-01"),
        article("two", [["Both libraries closed early.", "中文。"]], "2026-01-01"),
        article("three", [["Prosecutors went to court.", "中文。"]], "2025-12-01"),
      ]),
    );
    const slugs = async (query: string) => {
      const { ids } = await search.search(query);
      return Promise.all(ids.map(async (id) => (await search.hit(id, 0)).s));
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

describe("the pair a result shows", () => {
  it("is the pair where the most terms occur, the first on a tie, and only that pair is fetched", async () => {
    const own = buildSearchIndex([
      article("one", [
        ["The library opened on Monday.", "周一开门。"],
        ["Violins for loan.", "可以借小提琴。"],
        ["The library lends violins.", "图书馆出借小提琴。"],
        ["A library card is free.", "门卡免费。"],
      ]),
    ]);
    const fetched: string[] = [];
    const search = new SearchIndex("/search-index", (url) => {
      fetched.push(url);
      return serve(own)(url);
    });
    const pair = async (query: string) => pairOf(await search.search(query), 0);
    expect(await pair("library")).toBe(1);
    expect(await pair("violins")).toBe(2);
    expect(await pair("libraries 圖書館")).toBe(3);
    expect(await pair("violin library")).toBe(3);
    // A Han run's character pairs must all be in the pair: 小提琴 is in pairs 2 and 3, 出借 in 3.
    expect(await pair("出借小提琴")).toBe(3);
    // The article has 开门 (pair 1) and 门卡 (pair 4), no pair has 开门卡: the row shows the summary.
    expect(await pair("开门卡")).toBe(0);

    const hit = await search.hit(0, 3);
    expect(hit.x).toEqual([
      "The library lends violins.",
      "图书馆出借小提琴。",
      "圖書館出借小提琴。",
    ]);
    expect(fetched.filter((url) => url.includes("/hit/"))).toEqual([
      `/search-index/${own.meta.version}/hit/0/3.json`,
    ]);
  });

  it("is none when only the title matched: the row shows the summary", async () => {
    const search = clientOf(
      buildSearchIndex([
        article("zebras", [["Nothing here.", "这里没有。"]], "2026-01-01", {
          en: "Zebras return to the park",
          zh: "斑马回到公园",
        }),
      ]),
    );
    const result = await search.search("zebra 斑馬");
    expect(result.ids).toEqual([0]);
    expect(pairOf(result, 0)).toBe(0);
    expect((await search.hit(0, 0)).x[0]).toBe("Zebras return to the park");
  });

  it("is found in an article of more than 52 pairs (places past a number's bits)", async () => {
    const pairs = Array.from({ length: 60 }, (_, i): [string, string] =>
      i === 56 ? ["A cello solo.", "大提琴独奏。"] : [`Paragraph ${i + 1}.`, "段落。"],
    );
    const search = clientOf(buildSearchIndex([article("long", pairs)]));
    expect(pairOf(await search.search("cello"), 0)).toBe(57);
    expect(pairOf(await search.search("大提琴"), 0)).toBe(57);
    expect((await search.hit(0, 57)).x[0]).toBe("A cello solo.");
  });
});

describe("terms", () => {
  it("folds Traditional to Simplified without changing the length", () => {
    expect(fold("圖書館", built.fold)).toBe("图书馆");
    expect(fold("頭髮", built.fold)).toBe("头发");
  });

  it("writes numbers as text and reads them back, and the bits of a number of any size", () => {
    const numbers = [0, 1, 31, 32, 1000, 4095, 2 ** 52 + 1];
    const text = encodeNumbers(numbers);
    expect(text).toMatch(/^[\w-]+$/);
    expect(decodeNumbers(text)).toEqual(numbers);
    const places = encodeNumbers([5, (1n << 60n) | 6n, 1]);
    const starts = numberStarts(places);
    expect(starts.map((start) => bitsAt(places, start))).toEqual([[0, 2], [1, 2, 60], [0]]);
  });

  it("guesses regular base forms", () => {
    expect(regularBaseForms("libraries")).toContain("library");
    expect(regularBaseForms("stopped")).toContain("stop");
    expect(regularBaseForms("lends")).toContain("lend");
  });
});
