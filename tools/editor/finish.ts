import { formatProblem } from "@/lib/content/errors";
import { parseArticle } from "@/lib/content/parse";
import { SLUG_PATTERN } from "@/lib/content/schema";
import type { Section } from "@/lib/content/types";
import { type ArticleDraft, writeArticleMarkdown } from "@/lib/content/write";
import {
  findDate,
  firstChineseSentence,
  firstEnglishSentence,
  latinCount,
  splitEnglishSentences,
} from "@/lib/text";

/**
 * The ending the importer and the aligner share: guess a summary, build the draft, write the
 * article file, read it back with the same parser the site uses, and report what went wrong.
 */

export interface DraftParts {
  slug: string;
  title: { en: string; zh: string };
  section: Section;
  date: string;
  pairs: { en: string; zh: string }[];
}

export interface FinishedDraft {
  draft?: ArticleDraft;
  /** The article file, present only when it parses without a problem. */
  markdown?: string;
}

/**
 * A dateline ("BEIJING, March 3 (Xinhua) --", "2026年3月3日") or a heading inside the body: neither
 * says what the story is about, so neither makes a summary.
 */
export function isHeadingOrDateline(pair: { en: string; zh: string }): boolean {
  const en = pair.en.trim();
  if (/^[A-Z][A-Z .'-]{2,},\s/.test(en) && /\(\w+\)\s*[-–—]{1,2}/.test(en.slice(0, 80)))
    return true;
  if (findDate(en.slice(0, 40)) !== undefined && latinCount(en) < 60) return true;
  if (findDate(pair.zh.slice(0, 20)) !== undefined && pair.zh.length < 40) return true;
  // A heading: short, no sentence-ending mark, or 【bracketed】.
  if (/^[【\[]/.test(pair.zh.trim()) || /^\[/.test(en)) return true;
  return latinCount(en) < 60 && !/[.!?]["”’')]*$/.test(en) && splitEnglishSentences(en).length <= 1;
}

/** The first sentences of the first pair that is neither a heading nor a dateline. */
export function guessSummary(pairs: { en: string; zh: string }[]): { en: string; zh: string } {
  const pair = pairs.find((candidate) => !isHeadingOrDateline(candidate)) ?? pairs[0]!;
  return { en: firstEnglishSentence(pair.en), zh: firstChineseSentence(pair.zh) };
}

/** Validates the slug, guesses the summary, writes the file and parses it back. */
export function finishDraft(parts: DraftParts, notes: string[], errors: string[]): FinishedDraft {
  if (!SLUG_PATTERN.test(parts.slug))
    errors.push(`slug "${parts.slug}" is not valid: use lowercase letters, digits and hyphens`);
  if (parts.pairs.length === 0) errors.push("no paragraph could be paired");
  if (errors.length > 0) return {};

  // Neither tool has a summary to read: the first sentences of the story are a stand-in to edit.
  const summary = guessSummary(parts.pairs);
  notes.push(`summary guessed from the first sentences: "${summary.en}" / "${summary.zh}"`);
  const draft: ArticleDraft = {
    title: parts.title,
    summary,
    section: parts.section,
    date: parts.date,
    pairs: parts.pairs,
  };
  const markdown = writeArticleMarkdown(draft);
  const parsed = parseArticle(`${parts.slug}.md`, markdown);
  if (parsed.problems.length > 0) {
    errors.push(
      ...parsed.problems.map(
        (problem) => `the written file does not validate: ${formatProblem(problem)}`,
      ),
    );
    return { draft };
  }
  return { draft, markdown };
}

/** The lines both tools print about the draft: its title, date, section and slug, then notes. */
export function describeDraft(
  slug: string,
  draft: ArticleDraft | undefined,
  notes: string[],
): string[] {
  const lines: string[] = [];
  if (draft) {
    lines.push(`kept ${draft.pairs.length} pairs`);
    lines.push(`  title: ${draft.title.en} / ${draft.title.zh}`);
    lines.push(`  date: ${draft.date}  section: ${draft.section}  slug: ${slug}`);
  }
  for (const note of notes) lines.push(`note: ${note}`);
  return lines;
}
