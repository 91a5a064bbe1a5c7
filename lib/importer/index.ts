import type { ArticleDraft } from "@/lib/content/write";
import { describeDraft, finishDraft } from "@/lib/editor/finish";
import { readDateOption, readSectionOption } from "@/lib/editor/options";
import { firstChineseSentence, firstEnglishSentence, shorten } from "@/lib/text";
import { type DroppedBlock, extractPage } from "./extract";
import { type UnpairedParagraph, pairParagraphs } from "./pair";
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
  const { pairs, unpaired } = pairParagraphs(page.paragraphs);
  const notes: string[] = [];
  const errors: string[] = [];
  const result = (slug: string, extra: Partial<ImportResult> = {}): ImportResult => ({
    ok: errors.length === 0,
    slug,
    dropped: page.dropped,
    unpaired,
    notes,
    errors,
    ...extra,
  });

  const first = pairs[0];
  if (!first) {
    errors.push("found no English paragraph followed by its Chinese paragraph");
    return result(options.slug ?? "");
  }

  let title: { en: string; zh: string };
  if (page.title.en && page.title.zh) title = { en: page.title.en, zh: page.title.zh };
  else {
    title = {
      en: shortTitle(firstEnglishSentence(first.en)),
      zh: shortTitle(firstChineseSentence(first.zh)),
    };
    notes.push("the page gives no bilingual title: took the title from the first pair");
  }

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
