/**
 * The "real pages" part of `npm run bench:editor`: the importer on real saved bilingual pages,
 * scored against gold.json. The pages themselves are not in the repository (their text belongs to
 * their publishers): copy-pages.mjs writes them into BENCH_PAGES_DIR. gold.json holds, for each
 * page, hashes of the expected pairs (an English paragraph of the article body and its Chinese
 * translation), of each paragraph alone, and of the acceptable titles, with the first three English
 * words of each pair as a reading aid; and whether the page should be refused. Pairs marked
 * optional (a bilingual subheading such as "Step One: Main Points") count neither way.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { importPage } from "@/tools/importer";

interface GoldPair {
  pair: string;
  en: string;
  zh: string;
  hint: string;
}
interface GoldPage {
  refuse: boolean;
  title: { en: string[]; zh: string[] };
  pairs: GoldPair[];
  optional: GoldPair[];
}
interface ManifestPage {
  id: string;
  site: string;
  expected: "import" | "refuse";
}

const here = path.join("bench", "real-pages");

/** What the gold hashes are taken of: the text with its whitespace and Markdown marks removed. */
export function goldText(text: string): string {
  return text.normalize("NFKC").replace(/[\s*_\\]/gu, "");
}
export const goldHash = (text: string) =>
  createHash("sha1").update(text, "utf8").digest("hex").slice(0, 12);
const pairHash = (en: string, zh: string) => goldHash(`${goldText(en)}\n${goldText(zh)}`);

export function benchRealPages(dir: string, print: (line?: string) => void) {
  const manifest = JSON.parse(readFileSync(path.join(here, "manifest.json"), "utf8")) as {
    pages: ManifestPage[];
  };
  const gold = JSON.parse(readFileSync(path.join(here, "gold.json"), "utf8")) as Record<
    string,
    GoldPage
  >;
  const pct = (a: number, b: number) => `${a}/${b} = ${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
  let pages = 0;
  let missing = 0;
  let expected = 0;
  let produced = 0;
  let correct = 0;
  let leaked = 0;
  let titles = 0;
  let titlesRight = 0;
  let refusals = 0;
  let refusedRight = 0;
  let time = 0;
  const sites = new Set<string>();
  const lines: string[] = [];
  for (const page of manifest.pages) {
    const file = path.join(dir, `${page.id}.html`);
    const want = gold[page.id];
    if (!want) throw new Error(`bench/real-pages/gold.json: no gold for page ${page.id}`);
    if (!existsSync(file)) {
      missing += 1;
      continue;
    }
    pages += 1;
    sites.add(page.site);
    const started = performance.now();
    const result = importPage(readFileSync(file, "utf8"), { slug: page.id, date: "2021-01-01" });
    time += performance.now() - started;
    const pairs = result.draft?.pairs ?? [];
    const goldPairs = new Set(want.pairs.map((pair) => pair.pair));
    const optional = new Set(want.optional.map((pair) => pair.pair));
    const sides = new Set([...want.pairs, ...want.optional].flatMap((pair) => [pair.en, pair.zh]));
    const found = pairs.map((pair) => pairHash(pair.en, pair.zh));
    const right = found.filter((hash) => goldPairs.has(hash)).length;
    const counted = found.filter((hash) => !optional.has(hash)).length;
    const junk = pairs
      .flatMap((pair) => [pair.en, pair.zh])
      .filter((text) => !sides.has(goldHash(goldText(text))));
    expected += want.pairs.length;
    produced += counted;
    correct += right;
    leaked += junk.length;
    const refused = !result.ok;
    if (want.refuse) {
      refusals += 1;
      if (refused) refusedRight += 1;
    } else if (refused) {
      lines.push(`- ${page.id}: refused (${result.errors.join("; ")})`);
    }
    let titleNote = "";
    if (!want.refuse && result.draft) {
      for (const lang of ["en", "zh"] as const) {
        if (want.title[lang].length === 0) continue;
        titles += 1;
        if (want.title[lang].includes(goldHash(goldText(result.draft.title[lang]))))
          titlesRight += 1;
        else titleNote += ` ${lang} title "${result.draft.title[lang]}";`;
      }
    }
    const missed = want.pairs.filter((pair) => !found.includes(pair.pair));
    if (
      missed.length > 0 ||
      counted > right ||
      junk.length > 0 ||
      titleNote ||
      (want.refuse && !refused)
    )
      lines.push(
        `- ${page.id}: ${right}/${want.pairs.length} pairs, ${counted - right} wrong, ${junk.length} junk;${titleNote}` +
          (missed.length > 0
            ? ` missed: ${missed.map((pair) => `"${pair.hint}…"`).join(", ")}`
            : "") +
          (junk.length > 0
            ? ` junk: ${junk.map((text) => `"${text.slice(0, 40)}"`).join(", ")}`
            : "") +
          (want.refuse && !refused ? " (should have been refused)" : ""),
      );
  }
  print(`## Importer on real pages (BENCH_PAGES_DIR, ${pages} pages from ${sites.size} sources)`);
  print();
  if (missing > 0) {
    print(`${missing} pages of bench/real-pages/manifest.json are missing from BENCH_PAGES_DIR.`);
    print();
  }
  print("| figure | value |");
  print("| --- | --- |");
  print(`| pages | ${pages} (${pages - refusals} to import, ${refusals} to refuse) |`);
  print(`| pairs in the gold | ${expected} |`);
  print(`| pairs found | ${produced} |`);
  print(`| pair precision | ${pct(correct, produced)} |`);
  print(`| pair recall | ${pct(correct, expected)} |`);
  print(`| junk blocks leaked into the article | ${leaked} |`);
  print(`| titles right (each language the page gives) | ${titlesRight}/${titles} |`);
  print(`| pages refused that should be | ${refusedRight}/${refusals} |`);
  print(`| time per page | ${(time / Math.max(1, pages)).toFixed(0)} ms |`);
  print();
  if (lines.length > 0) {
    print("Pages short of the gold:");
    print();
    for (const line of lines) print(line);
    print();
  }
}
