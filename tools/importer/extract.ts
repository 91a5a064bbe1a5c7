import * as cheerio from "cheerio";
import type { Element } from "domhandler";
import { collapse, findDate, hanCount, isMostlyHan, latinCount, shorten } from "@/lib/text";
import { type PageBlock, blocksOf, findArticle, junkReason, paragraphTextLength } from "./layout";
import { END_MATTER, junkLineReason } from "./junk";
import { splitBilingualTitle } from "./text";

import type { DroppedBlock } from "./layout";

export type { DroppedBlock };

export interface ExtractedPage {
  /** The page's title, split when it gives both languages. */
  title: { en?: string; zh?: string };
  date?: string;
  /** Kept blocks of the main content, in reading order. */
  blocks: PageBlock[];
  /** What the search for the article found, for the message when nothing can be paired. */
  found: string;
  dropped: DroppedBlock[];
}

const REMOVED_TAGS = [
  "script",
  "style",
  "noscript",
  "iframe",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "template",
  "svg",
];

/** Class/id words that mark page furniture rather than the article. */
const JUNK_WORDS = [
  "share",
  "social",
  "advert",
  "banner",
  "comment",
  "related",
  "breadcrumb",
  "nav",
  "footer",
  "menu",
  "sponsor",
];
const JUNK_EXACT = new Set(["ad", "ads", "adv", "advertisement", "gg"]);
/** Ad slots run together ("adslot", "adsbygoogle"); "ad" alone as a prefix would catch "address". */
const AD_TOKEN = /^ads?(slot|box|unit|wrap|container|banner|area|space|bygoogle)s?$/;

function junkWord(attribute: string): string | undefined {
  const tokens = attribute
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (const token of tokens) {
    if (JUNK_EXACT.has(token) || AD_TOKEN.test(token)) return token;
    const word = JUNK_WORDS.find((junk) => token.startsWith(junk) || token.endsWith(junk));
    if (word) return word;
  }
  return undefined;
}

/** Reads a saved bilingual news page: title, date, the paragraphs of its main content, and what it dropped. */
export function extractPage(html: string): ExtractedPage {
  const $ = cheerio.load(html);
  const dropped: DroppedBlock[] = [];
  const drop = (text: string, reason: string) => dropped.push({ text: shorten(text), reason });

  // Metadata first: some of it lives in elements that are removed below.
  const ogTitle = collapse($('meta[property="og:title"]').attr("content") ?? "");
  const metaDate =
    $('meta[property="article:published_time"]').attr("content") ??
    $('meta[name="publishdate"], meta[name="pubdate"], meta[itemprop="datePublished"]').attr(
      "content",
    );
  const timeDate = $("time[datetime]").first().attr("datetime");

  // Comments.
  $("*")
    .add($.root())
    .contents()
    .each((_, node) => {
      if (node.type === "comment") {
        drop((node as unknown as { data: string }).data, "HTML comment");
        $(node).remove();
      }
    });

  // Whole elements that are never article text. A <header> inside an <article> is that article's
  // own header (its title and byline), so it stays until the title has been read.
  for (const tag of REMOVED_TAGS) {
    $(tag).each((_, element) => {
      if (tag === "header" && $(element).parents("article").length > 0) return;
      const text = $(element).text();
      if (collapse(text) !== "") drop(text, `<${tag}> element`);
      else if (tag === "script" || tag === "style" || tag === "iframe")
        drop(`<${tag}>`, `<${tag}> element`);
      $(element).remove();
    });
  }
  const pageText = paragraphTextLength($, $("body").get(0));
  $("body *").each((_, element) => {
    const attributes = `${$(element).attr("class") ?? ""} ${$(element).attr("id") ?? ""}`;
    const word = junkWord(attributes);
    if (!word || $(element).closest("html").length === 0) return;
    if (element.tagName === "html" || element.tagName === "body" || element.tagName === "main")
      return;
    // Class names can mislead ("commentary", "navy-blue"): an element holding most of the page's
    // paragraph text is the article itself, whatever its class says.
    if (paragraphTextLength($, element) * 2 > pageText) return;
    drop(
      $(element).text() || `<${element.tagName}>`,
      `class/id says "${word}" (${collapse(attributes)})`,
    );
    $(element).remove();
  });

  const { title, usedForTitle } = readTitle($, ogTitle);

  // The article's own <header> has given its title; its byline and kicker are not paragraphs.
  $("header").each((_, element) => {
    drop($(element).text() || "<header>", "<header> element (article header, read for the title)");
    $(element).remove();
  });
  for (const element of usedForTitle) $(element).remove();

  const article = findArticle($, $("body").get(0));
  const blocks: PageBlock[] = [];
  if (article.container) {
    for (const block of blocksOf($, article.container)) {
      const reason = junkReason($, block);
      if (reason) drop(block.text, reason);
      else blocks.push(block);
    }
  }

  // No English title above the article: an English heading at the top of its body is the title
  // (message and lesson pages set it as a bold line there, with its Chinese under it).
  title.en ??= leadingEnglishHeading(blocks);

  const date =
    dateFrom(metaDate) ??
    dateFrom(timeDate) ??
    findDate($("body").text()) ??
    findDate(html.replace(/<[^>]*>/g, " "));

  return { title, date, blocks, found: article.found, dropped };
}

/** A Chinese title looks like a heading: short, and not a sentence of prose. */
export function looksLikeChineseHeading(text: string): boolean {
  const line = collapse(text);
  return (
    isMostlyHan(line) &&
    hanCount(line) <= 40 &&
    !/[。；]$/u.test(line) &&
    (line.match(/[，。；]/gu)?.length ?? 0) <= 1
  );
}

/**
 * A page <title> without the site name after " - ", " | " or "_", and without a column label
 * before it ("双语阅读：", "英语新闻："). "A | B" titles that give both languages stay whole.
 */
function withoutSiteName(title: string): string {
  if (splitBilingualTitle(title.replace(/\s*[|｜]\s*/u, " "))) return title;
  const parts = title.split(/\s+[-|–—_]\s+|_/u);
  const main = parts.length > 1 ? parts.slice(0, -1).join(" - ").trim() : title;
  return withoutColumnLabel(main);
}

/** A title without the column label before it: "双语阅读：", "英语新闻：". */
function withoutColumnLabel(title: string): string {
  return title.replace(/^[^：:]{0,8}(双语|英语|阅读|新闻|学习)[^：:]{0,4}[：:]\s*/u, "");
}

/**
 * The title: the page's <h1> (bilingual on one line, or with a Chinese subtitle that looks like a
 * heading), else og:title, else <title>; a missing half comes from og:title or <title> when they
 * give it. A Chinese standfirst under the <h1> is a paragraph, not the title.
 */
function readTitle(
  $: cheerio.CheerioAPI,
  ogTitle: string,
): { title: ExtractedPage["title"]; usedForTitle: Set<Element> } {
  const h1 = $("h1").first();
  const h1Text = collapse(h1.text());
  const pageTitle = collapse($("title").text());
  const title: ExtractedPage["title"] = {};
  const usedForTitle = new Set<Element>();
  if (h1.length > 0) usedForTitle.add(h1.get(0)!);
  const read = (line: string) => {
    if (!line) return;
    const split = splitBilingualTitle(line);
    if (split) {
      title.en ??= split.en;
      title.zh ??= split.zh;
    } else if (isMostlyHan(line)) {
      if (looksLikeChineseHeading(line)) title.zh ??= line;
    } else if (latinCount(line) > 0) title.en ??= line;
  };
  read(withoutColumnLabel(h1Text));
  if (title.en && !title.zh && h1.length > 0) {
    const subtitle = h1
      .nextAll("h2, h3, .subtitle, p")
      .toArray()
      .slice(0, 2)
      .find((element) => {
        const text = collapse($(element).text());
        const isHeadingTag = /^h[23]$/i.test(element.tagName) || $(element).is(".subtitle");
        return isHeadingTag && looksLikeChineseHeading(text);
      });
    if (subtitle) {
      title.zh = collapse($(subtitle).text());
      usedForTitle.add(subtitle);
    }
  }
  read(ogTitle);
  read(withoutSiteName(pageTitle));
  return { title, usedForTitle };
}

/**
 * The English heading that opens the article body, before any paragraph, if there is one (the
 * English line of a heading that gives both languages).
 */
function leadingEnglishHeading(blocks: PageBlock[]): string | undefined {
  for (const block of blocks) {
    const text = collapse(block.text.replace(/\n/g, " "));
    if (block.kind === "heading") {
      if (END_MATTER.test(text)) return undefined;
      const english = block.text
        .split("\n")
        .map(collapse)
        .find((line) => latinCount(line) > 0 && hanCount(line) === 0);
      if (english) return english;
      continue;
    }
    if (block.kind === "caption" || junkLineReason(text) || latinCount(text) + hanCount(text) === 0)
      continue;
    return undefined;
  }
  return undefined;
}

function dateFrom(value: string | undefined): string | undefined {
  return value ? findDate(value) : undefined;
}
