import type { ArticleDraft } from "@/lib/content/write";
import { describeDraft, finishDraft } from "@/tools/editor/finish";
import { readDateOption, readSectionOption } from "@/tools/editor/options";
import { firstChineseSentence, firstEnglishSentence, shorten } from "@/lib/text";
import { type DroppedBlock, extractPage } from "./extract";
import { type UnpairedParagraph, pairBlocks } from "./pair";
import { slugify } from "./text";

export interface ImportOptions {
  slug?: string;
  section?: string;
  date?: string;
}

export interface ImportResult {
  ok: boolean;
  slug: string;
  markdown?: string;
  draft?: ArticleDraft;
  dropped: DroppedBlock[];
  unpaired: UnpairedParagraph[];
  /** Human-readable notes: guesses made, and why the import failed when it did. */
  notes: string[];
  errors: string[];
}

/** Turns a saved bilingual news page into an article file (text only, validated by parseArticle). */
export function importPage(html: string, options: ImportOptions = {}): ImportResult {
  const page = extractPage(html);
  const { pairs, unpaired, dropped } = pairBlocks(page.blocks);
  const notes: string[] = [];
  const errors: string[] = [];
  const result = (slug: string, extra: Partial<ImportResult> = {}): ImportResult => ({
    ok: errors.length === 0,
    slug,
    dropped: [...page.dropped, ...dropped],
    unpaired,
    notes,
    errors,
    ...extra,
  });

  const first = pairs[0];
  if (!first) {
    errors.push(
      `found no English paragraph with its Chinese translation: ${page.found}; expected English paragraphs each with a Chinese paragraph (after it, beside it, or in a column of its own)`,
    );
    return result(options.slug ?? "");
  }

  const title = {
    en: page.title.en ?? shortTitle(firstEnglishSentence(first.en)),
    zh: page.title.zh ?? shortTitle(firstChineseSentence(first.zh)),
  };
  if (!page.title.en) notes.push("the page gives no English title: took it from the first pair");
  if (!page.title.zh) notes.push("the page gives no Chinese title: took it from the first pair");

  const section = readSectionOption(options.section, notes, errors, "guessed");
  const date = options.date !== undefined ? readDateOption(options.date, errors) : page.date;
  if (options.date === undefined && !date)
    errors.push("found no publication date on the page: pass --date YYYY-MM-DD");

  const slug = options.slug ?? slugify(title.en);
  if (options.slug === undefined)
    notes.push(`no --slug given: made "${slug}" from the English title`);
  if (errors.length > 0 || !date) return result(slug);
  return result(slug, finishDraft({ slug, title, section, date, pairs }, notes, errors));
}

function shortTitle(sentence: string): string {
  return shorten(sentence.replace(/[.。!！?？]+$/u, ""), 120);
}

/** The report lines printed by the CLI. */
export function describeImport(result: ImportResult): string[] {
  const lines = describeDraft(result.slug, result.draft, result.notes);
  if (result.dropped.length > 0) lines.push(`dropped ${result.dropped.length} blocks:`);
  for (const block of result.dropped) lines.push(`  - [${block.reason}] ${block.text}`);
  if (result.unpaired.length > 0)
    lines.push(`could not pair ${result.unpaired.length} paragraphs (left out):`);
  for (const paragraph of result.unpaired)
    lines.push(`  - [${paragraph.reason}] ${shorten(paragraph.text)}`);
  return lines;
}
