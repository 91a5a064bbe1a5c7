/**
 * `npm run pinyin -- file.txt`: for each line of a UTF-8 text file, one line out: the reading the site
 * shows for each Han character of that line, in order, as tone numbers (5: neutral tone), space-separated;
 * other characters are skipped. It calls the same function as the pages (lib/chinese/pinyin.ts), so its
 * accuracy on outside test sets is the site's (bench/pinyin.mjs).
 */
import { existsSync, readFileSync } from "node:fs";
import { hanSyllables } from "@/lib/chinese/pinyin";

const USAGE = "usage: npm run pinyin -- file.txt";
const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error(`pinyin failed: give one text file\n${USAGE}`);
  process.exit(1);
}
if (!existsSync(file)) {
  console.error(`pinyin failed: ${file} does not exist`);
  process.exit(1);
}
const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
const lines = text.split(/\r?\n/);
// A final newline ends the last line; it does not start another.
if (lines.length > 1 && lines.at(-1) === "") lines.pop();
const out = lines.map((line) => hanSyllables(line).join(" "));
process.stdout.write(out.join("\n") + "\n");
