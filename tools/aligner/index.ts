import type { ArticleDraft } from "@/lib/content/write";
import { finishDraft } from "@/tools/editor/finish";
import { readDateOption, readSectionOption } from "@/tools/editor/options";
import { splitParagraphs } from "@/lib/text";
import { type Alignment, alignParagraphs, beadsToPairs } from "@/lib/aligner/align";

export * from "@/lib/aligner/align";

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

  if (english.length === 0) errors.push("the English text has no paragraphs");
  if (chinese.length === 0) errors.push("the Chinese text has no paragraphs");
  if (options.titleEn.trim() === "" || options.titleZh.trim() === "")
    errors.push("give both --title-en and --title-zh");
  const section = readSectionOption(options.section, notes, errors, "using");
  let date = new Date().toISOString().slice(0, 10);
  if (options.date === undefined) notes.push(`no --date given: using today, ${date}`);
  else date = readDateOption(options.date, errors) ?? date;
  const finished = finishDraft(
    {
      slug: options.slug,
      title: { en: options.titleEn, zh: options.titleZh },
      section,
      date,
      pairs: beadsToPairs(english, chinese, alignment.beads),
    },
    notes,
    errors,
  );
  return { english, chinese, alignment, notes, errors, ...finished };
}
