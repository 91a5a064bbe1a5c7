import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Noto Sans SC/TC for share cards, from the @fontsource packages: only the WOFF chunks (Satori reads
 * no WOFF2) whose unicode-range covers the card's text. Each chunk gets its own font name, since
 * with one shared name Satori drew glyphs from one chunk only (docs/environment.md).
 */

import type { ChineseScript } from "@/i18n/locales";

/** A card draws its Chinese in the script of its locale, with that script's Noto Sans. */
export type CardScript = ChineseScript;
export type CardWeight = 400 | 700;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: CardWeight;
  style: "normal";
}

interface Chunk {
  /** `[12]`, `latin`, … as in the package's unicode.json; the file name uses it without brackets. */
  id: string;
  ranges: [number, number][];
}

const PACKAGES: Record<CardScript, string> = { hans: "noto-sans-sc", hant: "noto-sans-tc" };

function packageDir(script: CardScript): string {
  // Fonts are read from node_modules at render time; the ignore keeps Turbopack from tracing the tree.
  return path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    "node_modules",
    "@fontsource",
    PACKAGES[script],
  );
}

const chunkCache = new Map<CardScript, Chunk[]>();

function chunksOf(script: CardScript): Chunk[] {
  let chunks = chunkCache.get(script);
  if (!chunks) {
    const table = JSON.parse(
      readFileSync(path.join(packageDir(script), "unicode.json"), "utf8"),
    ) as Record<string, string>;
    chunks = Object.entries(table).map(([id, ranges]) => ({ id, ranges: parseRanges(ranges) }));
    chunkCache.set(script, chunks);
  }
  return chunks;
}

/** `U+4e00-4e0f,U+3002` → `[[0x4e00, 0x4e0f], [0x3002, 0x3002]]`. */
export function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(",").map((part) => {
    const [start = "0", end] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(start, 16), parseInt(end ?? start, 16)];
  });
}

const covers = (chunk: Chunk, code: number) =>
  chunk.ranges.some(([start, end]) => code >= start && code <= end);

/** Characters that need no glyph: white space and invisible formatting. */
const NO_GLYPH = /[\s\u200b-\u200d\ufeff]/u;

export class MissingGlyphError extends Error {
  constructor(readonly characters: string[]) {
    super(
      `no card font has a glyph for: ${characters.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16)})`).join(", ")}`,
    );
    this.name = "MissingGlyphError";
  }
}

/**
 * The chunks a text needs, in the order to list them in `fontFamily`. Throws MissingGlyphError for a
 * character no chunk has, because Satori would otherwise fetch a font from the network for it.
 */
export function chunksFor(script: CardScript, text: string): string[] {
  const { ids, missing } = cover(script, text);
  if (missing.length > 0) throw new MissingGlyphError(missing);
  return ids;
}

/**
 * The characters of `text` that no card font has, in either script (a card falls back to the other
 * script's font, see cardFonts). Drawing one would make Satori fetch a font from the network.
 */
export function missingGlyphs(text: string): string[] {
  return cover("hant", cover("hans", text).missing.join("")).missing;
}

function cover(script: CardScript, text: string): { ids: string[]; missing: string[] } {
  const chunks = chunksOf(script);
  const needed = new Set<string>();
  const missing: string[] = [];
  for (const char of new Set(text)) {
    if (NO_GLYPH.test(char)) continue;
    const code = char.codePointAt(0)!;
    const chunk = chunks.find((candidate) => covers(candidate, code));
    if (chunk) needed.add(chunk.id);
    else missing.push(char);
  }
  // Latin first, so English text takes its glyphs from the Latin chunk.
  const ids = chunks
    .filter((chunk) => needed.has(chunk.id))
    .map((chunk) => chunk.id)
    .sort(latinFirst);
  return { ids, missing };
}

const latinFirst = (a: string, b: string) => Number(b === "latin") - Number(a === "latin");

const fileCache = new Map<string, Buffer>();

function chunkFile(script: CardScript, id: string, weight: CardWeight): Buffer {
  const file = `${PACKAGES[script]}-${id.replace(/[[\]]/g, "")}-${weight}-normal.woff`;
  let data = fileCache.get(file);
  if (!data) {
    data = readFileSync(path.join(packageDir(script), "files", file));
    fileCache.set(file, data);
  }
  return data;
}

const OTHER: Record<CardScript, CardScript> = { hans: "hant", hant: "hans" };

/**
 * Fonts for a card: every needed chunk in both weights, and the family list naming them. A rare
 * character one script's font lacks (䴙䴘 in Noto Sans SC) is taken from the other script's font.
 */
export function cardFonts(
  script: CardScript,
  text: string,
): { fonts: CardFont[]; fontFamily: string } {
  const primary = cover(script, text);
  const fallback = cover(OTHER[script], primary.missing.join(""));
  if (fallback.missing.length > 0) throw new MissingGlyphError(fallback.missing);
  const faces = [
    ...primary.ids.map((id) => ({ script, id })),
    ...(primary.missing.length > 0
      ? fallback.ids.map((id) => ({ script: OTHER[script], id }))
      : []),
  ];
  const name = (face: { script: CardScript; id: string }) =>
    `${face.script}-${face.id.replace(/[[\]]/g, "")}`;
  const fonts = faces.flatMap((face) =>
    ([400, 700] as const).map((weight) => ({
      name: name(face),
      data: chunkFile(face.script, face.id, weight),
      weight,
      style: "normal" as const,
    })),
  );
  return { fonts, fontFamily: faces.map(name).join(", ") };
}
