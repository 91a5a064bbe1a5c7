import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { locales } from "@/i18n/routing";
import { contentDir, readArticles } from "@/lib/content/load";
import { localizeArticle } from "@/lib/content/localize";
import { plainText } from "@/lib/content/markdown";
import type { Article } from "@/lib/content/types";
import { renderShareCard } from "./ShareCard";
import { articleCard, pairCard } from "./cards";
import { MissingGlyphError, cardFonts, chunksFor } from "./fonts";

const library: Article[] = readArticles(contentDir());

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

// A glyph Satori cannot find in our fonts makes @vercel/og fetch one from Google at render time,
// and log this line when the fetch fails (docs/environment.md, "Share cards"). Either is a failure here.
const errors = vi.spyOn(console, "error");
const fetchSpy = vi.fn(() => Promise.reject(new Error("cards must not fetch")));
beforeAll(() => vi.stubGlobal("fetch", fetchSpy));
afterAll(() => vi.unstubAllGlobals());

function expectNoFontFallback() {
  const fallbacks = errors.mock.calls.filter((call) =>
    String(call[0]).includes("Failed to load dynamic font"),
  );
  expect(fallbacks).toEqual([]);
  expect(fetchSpy).not.toHaveBeenCalled();
}

describe("share cards of the sample library", () => {
  it("has articles to draw", () => {
    expect(library.length).toBeGreaterThanOrEqual(3);
  });

  for (const locale of locales) {
    it(`draws every article and pair card in ${locale}, each its own, with every glyph from the shipped fonts`, async () => {
      for (const article of library) {
        const cards = [
          articleCard(article, locale),
          ...article.pairs.map((pair) => pairCard(article, pair.n, locale)),
        ];
        // Each pair's card carries that pair's text, in the locale's script.
        const localized = localizeArticle(article, locale);
        expect(cards.slice(1).map((card) => card?.kind === "pair" && card.zh)).toEqual(
          localized.pairs.map((pair) => plainText(pair.zh)),
        );
        const drawn = new Set<string>();
        for (const card of cards) {
          const png = Buffer.from(await renderShareCard(card!).arrayBuffer());
          expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
          drawn.add(createHash("sha256").update(png).digest("hex"));
        }
        // Different text draws a different picture: no card is blank or a copy of another.
        expect(drawn.size, `${article.slug}: cards that look the same`).toBe(cards.length);
      }
      expectNoFontFallback();
    }, 120_000);
  }
});

describe("card fonts", () => {
  it("refuses to draw a character no shipped font has", () => {
    expect(() => chunksFor("hans", "Hello 𓀀")).toThrow(MissingGlyphError);
    expect(() => cardFonts("hans", "Hello 𓀀")).toThrow(MissingGlyphError);
  });

  it("takes a character the Simplified font lacks from the Traditional one", () => {
    // 俁 is outside Noto Sans SC's web subset but in Noto Sans TC's.
    expect(() => chunksFor("hans", "头俁")).toThrow(MissingGlyphError);
    const { fontFamily } = cardFonts("hans", "头俁");
    expect(fontFamily).toMatch(/^hans-\d+, hant-\d+$/);
  });

  it("names the character when neither font has it (䴙䴘, a grebe, is in neither web subset)", () => {
    expect(() => cardFonts("hans", "小䴙䴘")).toThrow(/䴙 \(U\+4d19\)/);
  });

  it("uses Traditional Chinese fonts and text for zh-Hant", () => {
    const article = library[0]!;
    const card = articleCard(article, "zh-Hant");
    expect(card.script).toBe("hant");
    expect(card.title.zh).not.toBe(article.title.zh);
  });

  it("has no card for a pair the article does not have", () => {
    const article = library[0]!;
    expect(pairCard(article, article.pairs.length + 1, "en")).toBeUndefined();
  });
});
