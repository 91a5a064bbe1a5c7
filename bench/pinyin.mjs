// `npm run bench:pinyin`: accuracy of the site's readings (`npm run pinyin`, the pages' code path) on a
// public polyphone test set and on the repository's own polyphone set (bench/polyphones/sentences.tsv:
// sentences a learner meets, every syllable labelled), against pinyin-pro alone on the same sentences.
// Writes its section of bench/results.md.
//
// Test set: the CPP dataset of g2pM (Park & Lee, Interspeech 2020; Apache-2.0), github.com/kakaobrain/g2pM,
// folder data/: each line of test.sent marks one polyphonic character as ▁字▁, and test.lb gives its
// reading. It is not in this repository and none of it is in the app's dictionaries or rules: point
// PINYIN_TESTSET at a folder holding test.sent and test.lb (a clone's data/ folder). Skipped without it.
// Its labels write ü as "u:" (nu:3); both readers are scored against them with ü.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pinyin } from "pinyin-pro";

const dir = process.env.PINYIN_TESTSET;
const split = process.env.PINYIN_TESTSET_SPLIT ?? "test";
const HAN = /\p{Script=Han}/u;

/** `npm run pinyin` over lines of text: one array of tone-number syllables per line, and the seconds it took. */
function sitePinyin(lines) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "pinyin-bench-"));
  const input = path.join(tmp, "sentences.txt");
  writeFileSync(input, lines.join("\n") + "\n");
  const started = Date.now();
  const run = spawnSync("npm", ["run", "-s", "pinyin", "--", input], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  rmSync(tmp, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`npm run pinyin failed:\n${run.stderr}`);
  return { out: run.stdout.split("\n").map((line) => line.split(" ").filter(Boolean)), seconds };
}

/** pinyin-pro alone: the syllables of the Han characters of a line, tone numbers, 5 for neutral. */
function proPinyin(text) {
  const pro = pinyin(text, { toneType: "num", type: "array" });
  return [...text]
    .map((ch, k) => (HAN.test(ch) ? pro[k] : undefined))
    .filter(Boolean)
    .map((syllable) => syllable.replace(/0$/, "5").replace(/v/g, "ü"));
}

const sections = ["<!-- pinyin -->", "## Pinyin readings (`npm run bench:pinyin`)", ""];

// The repository's polyphone set: every syllable of every sentence.
const setFile = path.join("bench", "polyphones", "sentences.tsv");
const rows = readFileSync(setFile, "utf8")
  .trim()
  .split("\n")
  .map((line) => line.split("\t"));
const setRun = sitePinyin(rows.map(([text]) => text));
const setScore = { site: { syllables: 0, sentences: 0 }, pro: { syllables: 0, sentences: 0 } };
let setSyllables = 0;
const misses = [];
rows.forEach(([text, gold], i) => {
  const want = gold.split(" ");
  const got = { site: setRun.out[i] ?? [], pro: proPinyin(text) };
  setSyllables += want.length;
  for (const reader of ["site", "pro"]) {
    const right = want.filter((syllable, k) => got[reader][k] === syllable).length;
    setScore[reader].syllables += right;
    if (right === want.length && got[reader].length === want.length)
      setScore[reader].sentences += 1;
  }
  if (want.some((syllable, k) => got.site[k] !== syllable))
    misses.push(`${text} (${got.site.join(" ")}; want ${gold})`);
});
const of = (n, total) => `${n}/${total} = ${((n / total) * 100).toFixed(2)}%`;
sections.push(
  `Polyphone set: \`bench/polyphones/sentences.tsv\` (${rows.length} sentences, ${setSyllables} syllables, written for`,
  "this project: the polyphones a learner meets, 还/得/地/着/了/行/长/重/好/为, reduplicated verbs, verb and",
  "object, neutral tones as the 现代汉语词典 prints them). The rules in `lib/chinese/polyphone-rules.ts` were",
  "written with these sentences in view, so this set shows that the patterns are read, not how well unseen",
  "text is read: for that, the CPP test split below.",
  "",
  "| reader | syllables right | sentences right in every syllable |",
  "| --- | --- | --- |",
  `| site | ${of(setScore.site.syllables, setSyllables)} | ${of(setScore.site.sentences, rows.length)} |`,
  `| pinyin-pro 3.29 alone | ${of(setScore.pro.syllables, setSyllables)} | ${of(setScore.pro.sentences, rows.length)} |`,
  "",
  ...(misses.length > 0
    ? ["Sentences the site misses:", "", ...misses.map((m) => `- ${m}`), ""]
    : []),
);

if (!dir || !existsSync(path.join(dir, `${split}.sent`))) {
  sections.push(
    `CPP skipped: set PINYIN_TESTSET to a folder with ${split}.sent and ${split}.lb (g2pM's data/).`,
  );
  finish();
  process.exit(0);
}

const sentences = readFileSync(path.join(dir, `${split}.sent`), "utf8").split("\n");
const labels = readFileSync(path.join(dir, `${split}.lb`), "utf8").split("\n");
const cases = [];
sentences.forEach((marked, i) => {
  const label = labels[i]?.trim();
  const parts = marked.split("▁");
  if (!label || parts.length !== 3) return;
  const [before, char, after] = parts;
  const text = before + char + after;
  const position = [...before].filter((c) => HAN.test(c)).length;
  cases.push({ text, char, label, position });
});

const { out, seconds: siteSeconds } = sitePinyin(cases.map((c) => c.text));

const site = { right: 0, loose: 0, shape: 0 };
const alone = { right: 0, loose: 0 };
// CC-CEDICT (and the site) print a word's neutral tone (关系 guānxi, 认识 rènshi) where the test set
// labels the full tone: also count a neutral-tone reading of the right syllable.
const looseMatch = (reading, label) =>
  reading === label || (reading?.endsWith("5") && reading.slice(0, -1) === label.slice(0, -1));
const byChar = new Map();
const proStarted = Date.now();
cases.forEach((c, i) => {
  const syllables = out[i] ?? [];
  const hanCount = [...c.text].filter((ch) => HAN.test(ch)).length;
  if (syllables.length === hanCount) site.shape += 1;
  const siteReading = syllables[c.position];
  const proReading = proPinyin(c.text)[c.position];
  const label = c.label.replace(/v|u:/g, "ü");
  const entry = byChar.get(c.char) ?? { n: 0, site: 0, alone: 0 };
  entry.n += 1;
  if (looseMatch(siteReading, label)) site.loose += 1;
  if (looseMatch(proReading, label)) alone.loose += 1;
  if (siteReading === label) {
    site.right += 1;
    entry.site += 1;
  }
  if (proReading === label) {
    alone.right += 1;
    entry.alone += 1;
  }
  byChar.set(c.char, entry);
});
const proSeconds = (Date.now() - proStarted) / 1000;

const pct = (n) => `${((n / cases.length) * 100).toFixed(2)}%`;
const top = [...byChar].sort((a, b) => b[1].n - a[1].n).slice(0, 12);
sections.push(
  `Test set: g2pM's CPP \`${split}\` split (${cases.length} sentences, one polyphonic character each, Apache-2.0;`,
  "not in the repo). Site = `npm run pinyin` (the pages' code path); pinyin-pro alone = `pinyin()` on the",
  "same sentence, tone numbers. A reading counts when its syllable and tone match the label; the",
  "next column also counts a neutral tone where the label has the full tone (关系 guānxi).",
  "The rules and the order of evidence were chosen on the dev split only; these figures are from the",
  "test split. The polyphone model (lib/chinese/polyphone-model.ts) was trained by its authors on the",
  "train split.",
  "",
  "| reader | right | accuracy | neutral tone counted right | time |",
  "| --- | --- | --- | --- | --- |",
  `| site (jieba, CC-CEDICT, rules, g2pM model, pinyin-pro: lib/chinese/pinyin.ts) | ${site.right} | ${pct(site.right)} | ${pct(site.loose)} | ${siteSeconds.toFixed(1)} s |`,
  `| pinyin-pro 3.29 alone | ${alone.right} | ${pct(alone.right)} | ${pct(alone.loose)} | ${proSeconds.toFixed(1)} s |`,
  "",
  `Output shape: ${site.shape} of ${cases.length} lines have exactly one syllable per Han character.`,
  "",
  "Most frequent characters (site / pinyin-pro alone, right of n):",
  "",
  "| character | n | site | pinyin-pro |",
  "| --- | --- | --- | --- |",
  ...top.map(([char, e]) => `| ${char} | ${e.n} | ${e.site} | ${e.alone} |`),
);
finish();

function finish() {
  sections.push("<!-- /pinyin -->");
  const section = sections.join("\n");
  console.log(section);
  const resultsFile = path.join("bench", "results.md");
  const current = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "# Benchmarks\n";
  const marked = /<!-- pinyin -->[\s\S]*<!-- \/pinyin -->/;
  writeFileSync(
    resultsFile,
    marked.test(current)
      ? current.replace(marked, section)
      : `${current.trimEnd()}\n\n${section}\n`,
  );
}
