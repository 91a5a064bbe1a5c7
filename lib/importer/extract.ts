import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { collapse, findDate, foreignScript, isMostlyHan, shorten } from "@/lib/text";
import { splitBilingualTitle } from "./text";

export interface DroppedBlock {
  text: string;
  reason: string;
}

export interface ExtractedPage {
  /** The page's title, split when it gives both languages. */
  title: { en?: string; zh?: string };
  date?: string;
  /** Kept paragraphs of the main content, plain text, in order. */
  paragraphs: string[];
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

const BLOCK_TAGS = new Set([
  "p",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "ul",
  "ol",
  "li",
  "div",
  "section",
  "article",
  "table",
  "figure",
  "figcaption",
  "pre",
  "dl",
]);

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

  // Title: an h1 (bilingual on one line, or with a Chinese subtitle), else og:title, else <title>.
  const h1 = $("h1").first();
  const h1Text = collapse(h1.text());
  const title: ExtractedPage["title"] = {};
  const titleLine = h1Text || ogTitle || collapse($("title").text());
  const split = titleLine ? splitBilingualTitle(titleLine) : undefined;
  const usedForTitle = new Set<Element>();
  if (h1.length > 0) usedForTitle.add(h1.get(0)!);
  if (split) Object.assign(title, split);
  else if (titleLine && isMostlyHan(titleLine)) title.zh = titleLine;
  else if (titleLine) title.en = titleLine;
  if (title.en && !title.zh && h1.length > 0) {
    const subtitle = h1
      .nextAll("h2, h3, .subtitle, p")
      .toArray()
      .slice(0, 2)
      .find(
        (element) => isMostlyHan($(element).text()) && collapse($(element).text()).length <= 80,
      );
    if (subtitle) {
      title.zh = collapse($(subtitle).text());
      usedForTitle.add(subtitle);
    }
  }

  // The article's own <header> has given its title; its byline and kicker are not paragraphs.
  $("header").each((_, element) => {
    drop($(element).text() || "<header>", "<header> element (article header, read for the title)");
    $(element).remove();
  });

  // The main content: the element whose own paragraphs hold the most text.
  const scores = new Map<Element, number>();
  paragraphElements($, $("body").get(0)).forEach((p) => {
    const parent = p.parent;
    if (parent && parent.type === "tag") {
      const element = parent as Element;
      scores.set(element, (scores.get(element) ?? 0) + collapse($(p).text()).length);
    }
  });
  let container: Element | undefined;
  let best = 0;
  for (const [element, score] of scores) {
    if (score > best) {
      best = score;
      container = element;
    }
  }
  const paragraphs: string[] = [];
  if (container) {
    for (const block of blocksOf($, container)) {
      if (block.element && usedForTitle.has(block.element)) continue;
      const reason = junkReason($, block);
      if (reason) {
        drop(block.text, reason);
        continue;
      }
      for (const line of block.text.split("\n").map(collapse)) {
        if (line !== "") paragraphs.push(line);
      }
    }
  }

  const date =
    dateFrom(metaDate) ??
    dateFrom(timeDate) ??
    findDate($("body").text()) ??
    findDate(html.replace(/<[^>]*>/g, " "));

  return { title, date, paragraphs, dropped };
}

/**
 * Paragraph-like elements under `root`: every <p>, and every <div> with text but no block inside
 * it, since some pages set each paragraph in a bare <div>.
 */
function paragraphElements($: cheerio.CheerioAPI, root: AnyNode | undefined): Element[] {
  if (!root) return [];
  return $(root)
    .find("p, div")
    .toArray()
    .filter(
      (element) =>
        element.tagName.toLowerCase() === "p" ||
        (collapse($(element).text()) !== "" &&
          !$(element)
            .find("*")
            .toArray()
            .some((inner) => BLOCK_TAGS.has(inner.tagName.toLowerCase()))),
    );
}

function paragraphTextLength($: cheerio.CheerioAPI, root: AnyNode | undefined): number {
  return paragraphElements($, root).reduce(
    (sum, element) => sum + collapse($(element).text()).length,
    0,
  );
}

function dateFrom(value: string | undefined): string | undefined {
  return value ? findDate(value) : undefined;
}

interface Block {
  element?: Element;
  /** Text with line breaks where the page had <br>. */
  text: string;
  kind: "text" | "list";
}

function blocksOf($: cheerio.CheerioAPI, container: Element): Block[] {
  const blocks: Block[] = [];
  const walk = (node: AnyNode) => {
    for (const child of $(node).contents().toArray()) {
      if (child.type === "text") {
        const text = collapse((child as unknown as { data: string }).data);
        if (text !== "") blocks.push({ text, kind: "text" });
        continue;
      }
      if (child.type !== "tag") continue;
      const element = child as Element;
      const tag = element.tagName.toLowerCase();
      if (tag === "ul" || tag === "ol") {
        blocks.push({ element, text: textWithBreaks($, element), kind: "list" });
      } else if (tag === "div" || tag === "section" || tag === "article") {
        const hasBlocks = $(element)
          .find("*")
          .toArray()
          .some((inner) => BLOCK_TAGS.has(inner.tagName.toLowerCase()));
        if (hasBlocks) walk(element);
        else if (collapse($(element).text()) !== "")
          blocks.push({ element, text: textWithBreaks($, element), kind: "text" });
      } else if (BLOCK_TAGS.has(tag) || collapse($(element).text()) !== "") {
        blocks.push({ element, text: textWithBreaks($, element), kind: "text" });
      }
    }
  };
  walk(container);
  return blocks;
}

/** A character no page text uses, standing for a line break while whitespace is collapsed. */
const BREAK = "\uE000";

function textWithBreaks($: cheerio.CheerioAPI, element: Element): string {
  const copy = $(element).clone();
  copy.find("br").replaceWith(BREAK);
  copy.find("li, p").each((_, inner) => {
    $(inner).append(BREAK);
  });
  // Newlines in the HTML source are only whitespace; <br>, <p> and <li> are the real breaks.
  return copy.text().split(BREAK).map(collapse).filter(Boolean).join("\n");
}

/** Why a block of the main content is SEO junk rather than article text, or undefined. */
function junkReason($: cheerio.CheerioAPI, block: Block): string | undefined {
  const text = collapse(block.text);
  const script = foreignScript(text);
  if (script) return `text in ${script} script (neither English nor Chinese)`;
  if (!block.element) return undefined;
  const element = $(block.element);
  const links = element.find("a").toArray();
  const length = text.replace(/\s/g, "").length;
  const linkLength = links.reduce(
    (sum, link) => sum + collapse($(link).text()).replace(/\s/g, "").length,
    0,
  );
  if (block.kind === "list" && links.length > 0) {
    const items = element.find("li").toArray();
    const allLinks = items.length > 0 && items.every((item) => $(item).find("a").length > 0);
    if (allLinks) return `list of ${items.length} keyword links`;
  }
  if (length > 0 && linkLength / length > 0.6)
    return `mostly links (${Math.round((100 * linkLength) / length)}% link text)`;
  return undefined;
}
