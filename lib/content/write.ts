import { oneLine } from "@/lib/text";
import type { Section } from "./types";

export interface ArticleDraft {
  title: { en: string; zh: string };
  summary: { en: string; zh: string };
  section: Section;
  /** `YYYY-MM-DD`. */
  date: string;
  author?: string;
  tags?: string[];
  /** Plain text (never HTML or Markdown): it is escaped so it reads back as the same text. */
  pairs: { en: string; zh: string }[];
}

/** A YAML double-quoted scalar: JSON's string syntax is a subset of YAML's. */
function yamlString(value: string): string {
  return JSON.stringify(oneLine(value));
}

/**
 * Escapes plain text so Markdown reads it back as the same text: no emphasis, links, code, HTML,
 * entities, headings or list items. The result is one line.
 */
export function escapeMarkdownText(text: string): string {
  let out = oneLine(text).replace(/[\\`*_[\]<>&~|!]/g, (char) => `\\${char}`);
  // Line-start constructs: headings, block quotes (already escaped), list items, thematic breaks.
  out = out.replace(/^(#+)/, (hashes) => hashes.replace(/#/g, "\\#"));
  out = out.replace(/^(\d+)([.)])/, "$1\\$2");
  out = out.replace(/^([-+=])/, "\\$1");
  return out;
}

/** The Markdown content file for an article (format: docs/contracts.md, "Content files"). */
export function writeArticleMarkdown(draft: ArticleDraft): string {
  const lines = [
    "---",
    "title:",
    `  en: ${yamlString(draft.title.en)}`,
    `  zh: ${yamlString(draft.title.zh)}`,
    "summary:",
    `  en: ${yamlString(draft.summary.en)}`,
    `  zh: ${yamlString(draft.summary.zh)}`,
    `section: ${draft.section}`,
    `date: ${draft.date}`,
  ];
  if (draft.author !== undefined && oneLine(draft.author) !== "") {
    lines.push(`author: ${yamlString(draft.author)}`);
  }
  const tags = (draft.tags ?? []).map(oneLine).filter((tag) => tag !== "");
  if (tags.length > 0) lines.push(`tags: [${tags.map((tag) => JSON.stringify(tag)).join(", ")}]`);
  lines.push("---", "");
  const blocks = draft.pairs.flatMap((pair) => [
    escapeMarkdownText(pair.en),
    escapeMarkdownText(pair.zh),
  ]);
  return `${lines.join("\n")}\n${blocks.join("\n\n")}\n`;
}
