// Derives the compact word-level lists in data/word-levels/ from their upstream sources (run by hand
// when a source changes; nothing is downloaded at build or run time). Sources and licences:
// data/word-levels/LICENSES.md. Usage:
//   node scripts/derive-word-levels.mjs HSK30_DIR COMPLETE_HSK_DIR CEFRJ_DIR
// (clones of ivankra/hsk30, drkameleon/complete-hsk-vocabulary, openlanguageprofiles/olp-en-cefrj).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const [hsk30Dir, completeDir, cefrjDir] = process.argv.slice(2);
if (!cefrjDir) {
  console.error("usage: node scripts/derive-word-levels.mjs HSK30_DIR COMPLETE_HSK_DIR CEFRJ_DIR");
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

// HSK 3.0 (levels 1–6, and 7 for the single band 7–9), lowest level per Simplified word.
const hsk3 = new Map();
for (const row of csv(readFileSync(path.join(hsk30Dir, "hsk30-expanded.csv"), "utf8"))) {
  if (row.Example) continue; // an example word for an affix, not itself on the list
  const level = row.Level === "7-9" ? 7 : Number(row.Level);
  const word = row.Simplified.trim();
  if (!/^\p{Script=Han}+$/u.test(word) || !(level >= 1 && level <= 7)) continue;
  hsk3.set(word, Math.min(hsk3.get(word) ?? 9, level));
}
// HSK 2.0 (levels 1–6): only the Simplified form and its level are taken (not the meanings).
const hsk2 = new Map();
for (let level = 1; level <= 6; level++) {
  const file = path.join(completeDir, "wordlists", "exclusive", "old", `${level}.min.json`);
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

// CEFR: CEFR-J (A1–B2) and Octanove C1/C2; lowest level per headword, any part of speech.
const LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"];
const cefr = new Map();
for (const file of [
  "cefrj-vocabulary-profile-1.5.csv",
  "octanove-vocabulary-profile-c1c2-1.0.csv",
]) {
  for (const row of csv(readFileSync(path.join(cefrjDir, file), "utf8"))) {
    const level = LEVELS.indexOf(row.CEFR.trim());
    if (level < 0) continue;
    for (const form of row.headword.split("/")) {
      const word = form.trim().toLowerCase();
      if (!/^[a-z][a-z'-]*$/.test(word)) continue;
      cefr.set(word, Math.min(cefr.get(word) ?? 9, level));
    }
  }
}
writeFileSync(
  path.join(out, "cefr.tsv"),
  "# headword\tCEFR level\n" +
    [...cefr]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([w, l]) => `${w}\t${LEVELS[l]}`)
      .join("\n") +
    "\n",
);
console.log(
  `hsk.tsv: ${words.length} words (HSK 3.0 ${hsk3.size}, HSK 2.0 ${hsk2.size}); cefr.tsv: ${cefr.size} headwords`,
);
