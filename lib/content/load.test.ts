import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError } from "./errors";
import { readArticles } from "./load";

const article = (date: string, section = "china") => `---
title:
  en: A title
  zh: 一个标题
summary:
  en: A summary.
  zh: 一句摘要。
section: ${section}
date: ${date}
---

An English paragraph.

一段中文。
`;

let dir: string;
function folder(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), "articles-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function caseInsensitiveTmp(): boolean {
  const probe = mkdtempSync(path.join(tmpdir(), "case-"));
  try {
    writeFileSync(path.join(probe, "a.md"), "");
    return existsSync(path.join(probe, "A.MD"));
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

describe("readArticles", () => {
  it("reads every .md file, newest first, and ignores other files", () => {
    const articles = readArticles(
      folder({
        "older.md": article("2026-01-02"),
        "newer.md": article("2026-05-06"),
        "notes.txt": "x",
      }),
    );
    expect(articles.map((a) => a.slug)).toEqual(["newer", "older"]);
  });

  // Two names that differ only in case are one file on a case-insensitive file system (macOS,
  // Windows), where this duplicate cannot happen.
  it.skipIf(caseInsensitiveTmp())("stops on a duplicate slug, naming both files", () => {
    expect(() =>
      readArticles(folder({ "same.md": article("2026-01-02"), "same.MD": article("2026-01-03") })),
    ).toThrow(
      /same\.md:1: duplicate slug "same": .*same\.MD has it too|same\.MD:1: duplicate slug "same": .*same\.md has it too/,
    );
  });

  it("lists the problems of every broken file in one error", () => {
    const dirPath = folder({
      "a.md": article("2026-13-01"),
      "b.md": article("2026-01-01", "weather"),
      "c.md": article("2026-01-01"),
    });
    let error: unknown;
    try {
      readArticles(dirPath);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems.map(
      (p) => `${path.basename(p.path)}:${p.line}`,
    );
    expect(problems).toEqual(["a.md:9", "b.md:8"]);
    expect((error as ContentError).message).toMatch(
      /^2 problems in content:\n.*a\.md:9: date is not a real calendar date/,
    );
  });
});
