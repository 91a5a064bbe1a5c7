/**
 * `npm run bench:traditional`: how close the 繁體 interface's conversion (lib/chinese/convert.ts) comes
 * to text written in Traditional characters, against OpenCC's cn → tw and cn → twp alone (opencc-js).
 * Writes its section of bench/results.md.
 *
 * Test set: Universal Dependencies' Chinese GSD treebank (Traditional, Wikipedia text) and GSDSimp,
 * the same sentences in Simplified characters (converted by its authors with OpenCC and corrected by
 * hand); both CC BY-SA 4.0, github.com/UniversalDependencies/UD_Chinese-GSD and UD_Chinese-GSDSimp.
 * Not in this repository: point TRADITIONAL_TESTSET at a folder holding both checkouts (the dev and
 * test files are read; their train files are not needed). The phrase rules were written from the
 * meanings of words (docs/traditional.md), not from this set.
 *
 * Scores: character accuracy = 1 − (edit distance ÷ length of the reference), summed over sentences;
 * sentence exact match. Quotation marks are compared as corner brackets for every converter (the
 * treebank writes 「」; the site turns “” into 「」, OpenCC does not).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as OpenCC from "opencc-js";
import { toTraditional } from "@/lib/chinese/convert";

const dir = process.env.TRADITIONAL_TESTSET;
const SPLITS = ["dev", "test"];

function sentences(file: string): Map<string, string> {
  const out = new Map<string, string>();
  let id = "";
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("# sent_id = ")) id = line.slice(12).trim();
    else if (line.startsWith("# text = ")) out.set(id, line.slice(9).trim());
  }
  return out;
}

function editDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

const corners = (text: string) =>
  text.replace(/[“”‘’]/g, (m) => ({ "“": "「", "”": "」", "‘": "『", "’": "』" })[m]!);

const sections = ["<!-- traditional -->", "## Traditional text (`npm run bench:traditional`)", ""];
const gsd = dir && path.join(dir, "UD_Chinese-GSD");
if (!gsd || !existsSync(gsd)) {
  sections.push(
    "Skipped: set TRADITIONAL_TESTSET to a folder holding UD_Chinese-GSD and UD_Chinese-GSDSimp.",
  );
} else {
  const pairs: { simplified: string; traditional: string }[] = [];
  for (const split of SPLITS) {
    const trad = sentences(path.join(gsd, `zh_gsd-ud-${split}.conllu`));
    const simp = sentences(path.join(dir!, "UD_Chinese-GSDSimp", `zh_gsdsimp-ud-${split}.conllu`));
    for (const [id, traditional] of trad) {
      const simplified = simp.get(id);
      if (simplified) pairs.push({ simplified, traditional });
    }
  }
  const readers: [string, (text: string) => string][] = [
    ["site (cn → twp with the phrase rules of lib/chinese/convert.ts)", (t) => toTraditional(t)],
    ["opencc-js cn → tw", OpenCC.Converter({ from: "cn", to: "tw" })],
    ["opencc-js cn → twp", OpenCC.Converter({ from: "cn", to: "twp" })],
  ];
  const characters = pairs.reduce((sum, pair) => sum + [...pair.traditional].length, 0);
  sections.push(
    `Test set: UD Chinese GSD (Traditional) and GSDSimp (the same sentences in Simplified), dev and test`,
    `splits: ${pairs.length} sentences, ${characters} characters of Traditional text (CC BY-SA 4.0; not in the repo).`,
    "Wikipedia text written in Traditional characters, not all of it in Taiwan phrasing, so a",
    "converter that changes words (網路 for 網絡) loses points where the writer kept the other word.",
    "",
    "| converter | character accuracy | sentences exactly right |",
    "| --- | --- | --- |",
  );
  for (const [name, convert] of readers) {
    let edits = 0;
    let exact = 0;
    for (const { simplified, traditional } of pairs) {
      const got = [...corners(convert(simplified))];
      const want = [...corners(traditional)];
      const distance = editDistance(got, want);
      edits += distance;
      if (distance === 0) exact += 1;
    }
    sections.push(
      `| ${name} | ${(((characters - edits) / characters) * 100).toFixed(2)}% | ${exact}/${pairs.length} = ${((exact / pairs.length) * 100).toFixed(1)}% |`,
    );
  }
}
sections.push("<!-- /traditional -->");
const section = sections.join("\n");
console.log(section);
const resultsFile = path.join("bench", "results.md");
const current = readFileSync(resultsFile, "utf8");
const marked = /<!-- traditional -->[\s\S]*<!-- \/traditional -->/;
writeFileSync(
  resultsFile,
  marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`,
);
