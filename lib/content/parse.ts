import { LineCounter, type Node as YamlNode, isMap, isScalar, isSeq, parseDocument } from "yaml";
import type { z } from "zod";
import { isMostlyHan } from "@/lib/text";
import type { ContentProblem } from "./errors";
import { type RawBlock, readBlocks } from "./markdown";
import { SLUG_PATTERN, frontMatterSchema } from "./schema";
import type { Article, BodyPart, Inline, ParagraphPair } from "./types";

export type ParseResult =
  { article: Article; problems: [] } | { article?: undefined; problems: ContentProblem[] };

/**
 * Reads one article file (format: docs/contracts.md, "Content files"). `path` is how problems
 * name the file; the slug is its base name. Never throws for bad content: every problem is returned.
 */
export function parseArticle(path: string, source: string): ParseResult {
  const problems: ContentProblem[] = [];
  const report = (line: number, message: string) => problems.push({ path, line, message });

  const slug = slugFromPath(path);
  if (!SLUG_PATTERN.test(slug)) {
    report(1, `file name "${slug}" is not a valid slug: use lowercase letters, digits and hyphens`);
  }

  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== "---") {
    report(1, 'the file must start with front matter: a line "---", the fields, then "---"');
    return { problems };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close === -1) {
    report(1, 'the front matter is not closed: add a line "---" after the fields');
    return { problems };
  }

  const { data: frontMatter, lineOf } = readFrontMatter(lines.slice(1, close).join("\n"), report);
  const { blocks, problems: blockProblems } = readBlocks(
    lines.slice(close + 1).join("\n"),
    close + 2,
  );
  blockProblems.forEach(({ line, message }) => report(line, message));
  const body = pairBlocks(blocks, report, close + 2);

  if (frontMatter?.readings)
    checkWordsOccur("readings", frontMatter.readings, frontMatter, body, lineOf, report);
  if (frontMatter?.traditional)
    checkWordsOccur("traditional", frontMatter.traditional, frontMatter, body, lineOf, report);
  if (problems.length > 0 || !frontMatter) return { problems };
  const pairs = body.filter((part): part is ParagraphPair => part.type === "pair");
  return { article: { slug, ...frontMatter, body, pairs }, problems: [] };
}

export function slugFromPath(path: string): string {
  const base = path.split(/[\\/]/).at(-1) ?? path;
  return base.replace(/\.md$/i, "");
}

type Report = (line: number, message: string) => void;

/** Front matter starts on line 2 of the file (line 1 is `---`). */
const FRONT_MATTER_FIRST_LINE = 2;

type FrontMatterData = z.infer<typeof frontMatterSchema>;
type LineOf = (path: (string | number)[]) => number;

function readFrontMatter(
  yamlText: string,
  report: Report,
): { data: FrontMatterData | undefined; lineOf: LineOf } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  const fileLine = (offset: number) =>
    lineCounter.linePos(offset).line + FRONT_MATTER_FIRST_LINE - 1;
  const lineOf: LineOf = (path) => lineOfPath(doc.contents, path, fileLine);

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report(
        fileLine(error.pos[0]),
        `front matter is not valid YAML: ${error.message.split("\n")[0]}`,
      );
    }
    return { data: undefined, lineOf };
  }

  const result = frontMatterSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { data: result.data, lineOf };

  for (const issue of result.error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const where = [...path, key].join(".");
        report(lineOfPath(doc.contents, [...path, key], fileLine), `unknown field "${where}"`);
      }
      continue;
    }
    const field = path.length > 0 ? path.join(".") : "front matter";
    report(lineOfPath(doc.contents, path, fileLine), `${field} ${issue.message}`);
  }
  return { data: undefined, lineOf };
}

/**
 * A fixed reading or Traditional form for a word the article never uses is a typo or a leftover: say
 * so where it is.
 */
function checkWordsOccur(
  field: "readings" | "traditional",
  fixed: Record<string, string>,
  frontMatter: FrontMatterData,
  body: BodyPart[],
  lineOf: LineOf,
  report: Report,
): void {
  const chinese = [
    frontMatter.title.zh,
    frontMatter.summary.zh,
    ...body.map((part) => plainText(part.zh)),
  ].join("\n");
  for (const word of Object.keys(fixed))
    if (!chinese.includes(word))
      report(lineOf([field, word]), `${field}.${word}: the article's Chinese never uses "${word}"`);
}

function plainText(inlines: Inline[]): string {
  return inlines
    .map((inline) =>
      inline.type === "text" || inline.type === "code"
        ? inline.value
        : inline.type === "break"
          ? "\n"
          : plainText(inline.children),
    )
    .join("");
}

/** The line of the deepest key along `path` that exists (a missing `title.zh` points at `title:`). */
function lineOfPath(
  root: unknown,
  path: (string | number)[],
  fileLine: (offset: number) => number,
): number {
  let node = root;
  let line = FRONT_MATTER_FIRST_LINE;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      const keyNode = pair.key as YamlNode;
      if (keyNode.range) line = fileLine(keyNode.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) break;
      if (item.range) line = fileLine(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}

const describe = (block: RawBlock) => (block.kind === "subheading" ? "subheading" : "paragraph");

/**
 * Pairs blocks: each English block, then the Chinese block that translates it. Subheadings pair
 * with subheadings. Paragraph pairs are numbered from 1; subheadings are numbered apart (`s{k}`).
 */
function pairBlocks(blocks: RawBlock[], report: Report, bodyFirstLine: number): BodyPart[] {
  const body: BodyPart[] = [];
  if (blocks.length === 0) {
    report(
      bodyFirstLine,
      "the article has no body: add English paragraphs, each followed by its Chinese",
    );
    return body;
  }
  let pairCount = 0;
  let subheadingCount = 0;
  for (let i = 0; i < blocks.length;) {
    const english = blocks[i]!;
    if (isMostlyHan(english.text)) {
      const previous = blocks[i - 1];
      report(
        english.line,
        previous && isMostlyHan(previous.text)
          ? `two Chinese blocks in a row: this Chinese ${describe(english)} follows the one on line ${previous.line} with no English between`
          : `Chinese ${describe(english)} with no English ${describe(english)} before it`,
      );
      i += 1;
      continue;
    }
    const chinese = blocks[i + 1];
    if (!chinese || !isMostlyHan(chinese.text)) {
      report(
        english.line,
        `English ${describe(english)} has no Chinese after it` +
          (chinese ? ` (line ${chinese.line} is English too)` : " (it is the last block)"),
      );
      i += 1;
      continue;
    }
    if (chinese.kind !== english.kind) {
      report(
        chinese.line,
        `English ${describe(english)} on line ${english.line} is followed by a Chinese ${describe(chinese)}: subheadings pair with subheadings, paragraphs with paragraphs`,
      );
    } else if (english.kind === "subheading") {
      subheadingCount += 1;
      body.push({
        type: "subheading",
        level: english.level,
        id: `s${subheadingCount}`,
        en: english.inlines,
        zh: chinese.inlines,
      });
    } else {
      pairCount += 1;
      body.push({
        type: "pair",
        n: pairCount,
        en: english.inlines,
        zh: chinese.inlines,
        line: english.line,
      });
    }
    i += 2;
  }
  return body;
}
