/** The reader's world, as the pages see it. Made from content files by lib/content/parse.ts. */

export const SECTIONS = [
  "china",
  "world",
  "business",
  "culture",
  "science",
  "sport",
  "opinion",
] as const;
export type Section = (typeof SECTIONS)[number];

export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

/** Sanitized inline Markdown: only these kinds reach a page, and links only with safe targets. */
export type Inline =
  | { type: "text"; value: string }
  | { type: "emphasis"; children: Inline[] }
  | { type: "strong"; children: Inline[] }
  | { type: "code"; value: string }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "break" };

export interface Bilingual<T = string> {
  en: T;
  zh: T;
}

/** An English paragraph and the Chinese paragraph that translates it; `n` is 1-based (`#p{n}`). */
export interface ParagraphPair extends Bilingual<Inline[]> {
  type: "pair";
  n: number;
  /** 1-based file line of the English paragraph, when parsed from a file. */
  line?: number;
}

/** A subheading pair (`##` in English, then `##` in Chinese). Not counted as a paragraph. */
export interface SubheadingPair extends Bilingual<Inline[]> {
  type: "subheading";
  level: 2 | 3;
  /** Anchor for the subheading: `s{k}`, 1-based among subheadings. */
  id: string;
}

export type BodyPart = ParagraphPair | SubheadingPair;

export interface ArticleSource {
  name: string;
  url?: string;
}

export interface Article {
  slug: string;
  title: Bilingual;
  summary: Bilingual;
  section: Section;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  author?: string;
  source?: ArticleSource;
  tags: string[];
  /** Readings the article fixes for its own words (front matter `readings:`), Simplified word → tone numbers. */
  readings?: Record<string, string>;
  /** Traditional forms the article fixes for its own phrases (front matter `traditional:`), Simplified → Traditional. */
  traditional?: Record<string, string>;
  body: BodyPart[];
  /** The paragraph pairs alone, in order: `pairs[n - 1]` is `#p{n}`. */
  pairs: ParagraphPair[];
}
