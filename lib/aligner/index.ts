import { readDateOption, readSectionOption } from "@/lib/content/editor-options";
import { formatProblem } from "@/lib/content/errors";
import { parseArticle } from "@/lib/content/parse";
import { SLUG_PATTERN } from "@/lib/content/schema";
import { type ArticleDraft, writeArticleMarkdown } from "@/lib/content/write";
import { firstChineseSentence, firstEnglishSentence } from "@/lib/importer/text";
import { type Alignment, alignParagraphs, beadsToPairs, splitParagraphs } from "./align";

export * from "./align";

export interface AlignArticleOptions {
  slug: string;
  titleEn: string;
  titleZh: string;
  section?: string;
  /** `YYYY-MM-DD`; today (UTC) when absent. */
  date?: string;
}

export interface AlignArticleResult {
  english: string[];
  chinese: string[];
  alignment: Alignment;
  draft?: ArticleDraft;
  markdown?: string;
  notes: string[];
  errors: string[];
}

/** Aligns an English and a Chinese text and writes the article file (validated by parseArticle). */
export function alignArticle(
  enText: string,
  zhText: string,
  options: AlignArticleOptions,
): AlignArticleResult {
  const english = splitParagraphs(enText);
  const chinese = splitParagraphs(zhText);
  const alignment = alignParagraphs(english, chinese);
  const notes: string[] = [];
  const errors: string[] = [];
  const out = (extra: Partial<AlignArticleResult> = {}): AlignArticleResult => ({
    english,
    chinese,
    alignment,
    notes,
    errors,
    ...extra,
  });

  if (english.length === 0) errors.push("the English text has no paragraphs");
  if (chinese.length === 0) errors.push("the Chinese text has no paragraphs");
  if (!SLUG_PATTERN.test(options.slug))
    errors.push(`slug "${options.slug}" is not valid: use lowercase letters, digits and hyphens`);
  if (options.titleEn.trim() === "" || options.titleZh.trim() === "")
    errors.push("give both --title-en and --title-zh");
  const section = readSectionOption(options.section, notes, errors, "using");
  let date = new Date().toISOString().slice(0, 10);
  if (options.date === undefined) notes.push(`no --date given: using today, ${date}`);
  else date = readDateOption(options.date, errors) ?? date;
  const pairs = beadsToPairs(english, chinese, alignment.beads);
  const first = pairs[0];
  if (!first) errors.push("no paragraph could be paired");
  if (errors.length > 0 || !first) return out();

  // Neither text has a summary: the first sentence of each language is a stand-in to edit.
  const summary = { en: firstEnglishSentence(first.en), zh: firstChineseSentence(first.zh) };
  notes.push(`summary guessed from the first sentences: "${summary.en}" / "${summary.zh}"`);
  const draft: ArticleDraft = {
    title: { en: options.titleEn, zh: options.titleZh },
    summary,
    section,
    date,
    pairs,
  };
  const markdown = writeArticleMarkdown(draft);
  const parsed = parseArticle(`${options.slug}.md`, markdown);
  if (parsed.problems.length > 0) {
    errors.push(
      ...parsed.problems.map(
        (problem) => `the written file does not validate: ${formatProblem(problem)}`,
      ),
    );
    return out({ draft });
  }
  return out({ draft, markdown });
}
