/**
 * The aligner's bilingual dictionary: for an English word, the Chinese words CC-CEDICT gives for it.
 * It is read from the app's one CC-CEDICT module (lib/chinese/dictionary.ts) and kept, once built,
 * as a compact table in node_modules/.cache, because reading the whole dictionary costs seconds
 * and hundreds of megabytes while the table loads in a fraction of a second. Nothing is downloaded:
 * the dictionary ships inside the `cc-cedict` package.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { equivalentsOf } from "@/lib/chinese/dictionary";
import { packageFile } from "@/lib/chinese/package-file";
import { isHanWord } from "@/lib/text";

/** English lemma → Chinese words (Simplified), best first. */
export type Lexicon = Map<string, string[]>;

/** Chinese words kept per English word: enough for the usual renderings, few enough to stay fast. */
const PER_WORD = 6;
const CACHE_VERSION = 1;

/** Words too common or too vague to tie a sentence to its translation. */
const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as into onto about than then so that this these those
  it its he she they them his her their we our you your i me my mine is are was were be been being am do does did
  have has had not no yes all any some each every more most much many very also just only even still there here
  what which who whom whose when where why how will would shall should can could may might must one up out over
  off again further once own same such too s t mr mrs ms said says say`.split(/\s+/),
);

let lexicon: Lexicon | undefined;

function cacheFile(): string {
  return path.join(
    process.cwd(),
    "node_modules",
    ".cache",
    "bilingual-reader",
    "aligner-lexicon.json",
  );
}

/** English words in CC-CEDICT's glosses, one or two words long. */
function englishKeys(): string[] {
  const data = readFileSync(packageFile("cc-cedict", "data/all.js"), "utf8");
  const keys = new Set<string>();
  for (const match of data.matchAll(
    /(?:^|[";/])\s*(?:to |a |an |the )?([a-z][a-z'-]{1,20})(?=[",;/ ])/gm,
  ))
    if (!STOPWORDS.has(match[1]!)) keys.add(match[1]!);
  return [...keys];
}

function build(): Lexicon {
  const table: Lexicon = new Map();
  for (const key of englishKeys()) {
    const words = equivalentsOf(key, { limit: PER_WORD })
      .map((equivalent) => equivalent.simplified)
      .filter(isHanWord);
    if (words.length > 0) table.set(key, words);
  }
  return table;
}

/** The lexicon: from the cache when it is newer than the dictionary data, else built and cached. */
export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const file = cacheFile();
  // Rebuilt when the dictionary data or the module that ranks its renderings is newer.
  const sources = [
    packageFile("cc-cedict", "data/all.js"),
    path.join(process.cwd(), "lib", "chinese", "dictionary.ts"),
  ].filter((source) => existsSync(source));
  const newest = Math.max(...sources.map((source) => statSync(source).mtimeMs));
  if (existsSync(file) && statSync(file).mtimeMs >= newest) {
    try {
      const cached = JSON.parse(readFileSync(file, "utf8")) as {
        version: number;
        words: [string, string[]][];
      };
      if (cached.version === CACHE_VERSION) {
        lexicon = new Map(cached.words);
        return lexicon;
      }
    } catch {
      // A damaged cache is rebuilt below.
    }
  }
  lexicon = build();
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ version: CACHE_VERSION, words: [...lexicon] }));
  } catch {
    // A read-only tree still aligns; it only rebuilds the table next time.
  }
  return lexicon;
}

const IRREGULAR: Record<string, string> = {
  went: "go",
  gone: "go",
  took: "take",
  taken: "take",
  made: "make",
  came: "come",
  saw: "see",
  seen: "see",
  told: "tell",
  found: "find",
  gave: "give",
  given: "give",
  left: "leave",
  felt: "feel",
  kept: "keep",
  began: "begin",
  begun: "begin",
  brought: "bring",
  bought: "buy",
  thought: "think",
  built: "build",
  sent: "send",
  spent: "spend",
  grew: "grow",
  grown: "grow",
  knew: "know",
  known: "know",
  wrote: "write",
  written: "write",
  ran: "run",
  ate: "eat",
  eaten: "eat",
  fell: "fall",
  fallen: "fall",
  children: "child",
  men: "man",
  women: "woman",
  people: "people",
  feet: "foot",
  teeth: "tooth",
  lay: "lie",
  rose: "rise",
  sat: "sit",
  stood: "stand",
  spoke: "speak",
  spoken: "speak",
  heard: "hear",
  held: "hold",
  lost: "lose",
  met: "meet",
  paid: "pay",
  sold: "sell",
  taught: "teach",
  caught: "catch",
  fought: "fight",
  won: "win",
  slept: "sleep",
  drank: "drink",
  drove: "drive",
  flew: "fly",
  wore: "wear",
  broke: "break",
  broken: "break",
  chose: "choose",
  hid: "hide",
  shook: "shake",
  threw: "throw",
};

/** Forms an English word may be listed under: itself, then its stem by the usual endings. */
function lemmas(word: string): string[] {
  const forms = [word];
  const irregular = IRREGULAR[word];
  if (irregular) forms.push(irregular);
  if (word.endsWith("ies") && word.length > 4) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es") && word.length > 4) forms.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) forms.push(word.slice(0, -1));
  if (word.endsWith("ied") && word.length > 4) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("ed") && word.length > 4) {
    forms.push(word.slice(0, -2), word.slice(0, -1));
    if (word.at(-3) === word.at(-4)) forms.push(word.slice(0, -3));
  }
  if (word.endsWith("ing") && word.length > 5) {
    forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
    if (word.at(-4) === word.at(-5)) forms.push(word.slice(0, -4));
  }
  if (word.endsWith("ly") && word.length > 5) forms.push(word.slice(0, -2));
  return forms;
}

/**
 * For each content word of an English text that the lexicon knows, the Chinese words that would
 * render it. Words the lexicon does not know carry no evidence either way.
 */
export function renderingsOf(english: string, table: Lexicon): string[][] {
  const out: string[][] = [];
  for (const match of english.toLowerCase().matchAll(/[a-z][a-z'-]*/g)) {
    const word = match[0].replace(/'s$/, "");
    if (STOPWORDS.has(word) || word.length < 3) continue;
    for (const form of lemmas(word)) {
      const words = table.get(form);
      if (words) {
        out.push(words);
        break;
      }
    }
  }
  return out;
}
