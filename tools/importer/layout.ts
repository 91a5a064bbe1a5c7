import type * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { collapse, foreignScript, hanCount, latinCount, withoutSpaces } from "@/lib/text";

/**
 * Finding the article on a page, whatever its layout: alternating English and Chinese paragraphs,
 * both languages in one <p> split by <br>, side-by-side table rows, two columns, or each paragraph
 * in a wrapper of its own. The article is the smallest element that holds nearly all of the page's
 * paragraph text in BOTH languages; its blocks are then read in order.
 */

export interface DroppedBlock {
  text: string;
  reason: string;
}

export interface PageBlock {
  element?: Element;
  /** Text with line breaks where the page had <br>. */
  text: string;
  kind: "text" | "list" | "heading" | "caption";
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
  "tbody",
  "thead",
  "tr",
  "td",
  "th",
  "figure",
  "figcaption",
  "pre",
  "dl",
]);
const WRAPPERS = new Set(["div", "section", "article", "main", "table", "tbody", "thead", "tr"]);
const CELLS = new Set(["td", "th"]);

const hasBlockInside = ($: cheerio.CheerioAPI, element: Element) =>
  $(element)
    .find("*")
    .toArray()
    .some((inner) => BLOCK_TAGS.has(inner.tagName.toLowerCase()));

/**
 * Paragraph-like elements under `root`: every <p>, and every <div> or table cell with text but no
 * block inside it, since some pages set each paragraph in a bare <div> or a cell.
 */
export function paragraphElements($: cheerio.CheerioAPI, root: AnyNode | undefined): Element[] {
  if (!root) return [];
  return $(root)
    .find("p, div, td, th")
    .toArray()
    .filter(
      (element) =>
        element.tagName.toLowerCase() === "p" ||
        (collapse($(element).text()) !== "" && !hasBlockInside($, element)),
    );
}

export function paragraphTextLength($: cheerio.CheerioAPI, root: AnyNode | undefined): number {
  return paragraphElements($, root).reduce(
    (sum, element) => sum + collapse($(element).text()).length,
    0,
  );
}

/** Share of the page's paragraph text, per language, an element must hold to be the article. */
const ARTICLE_SHARE = 0.75;

function describe(element: Element): string {
  const id = element.attribs.id ? `#${element.attribs.id}` : "";
  const className = element.attribs.class ? `.${element.attribs.class.trim().split(/\s+/)[0]}` : "";
  return `<${element.tagName}${id}${className}>`;
}

/**
 * The article container and a sentence saying what was found: the smallest element holding at
 * least ARTICLE_SHARE of the page's English and of its Chinese paragraph text.
 */
export function findArticle(
  $: cheerio.CheerioAPI,
  body: Element | undefined,
): { container?: Element; found: string } {
  // The innermost paragraphs only: a <div> holding <p>s is counted through its <p>s.
  const paragraphs = paragraphElements($, body).filter(
    (element) => $(element).find("p, div, td, th").length === 0,
  );
  const totals = new Map<Element, { en: number; zh: number; enBlocks: number; zhBlocks: number }>();
  let pageEn = 0;
  let pageZh = 0;
  let enBlocks = 0;
  let zhBlocks = 0;
  for (const paragraph of paragraphs) {
    const text = $(paragraph).text();
    const en = latinCount(text);
    const zh = hanCount(text);
    const isChinese = zh > 0 && zh * 2 > en;
    const isEnglish = !isChinese && en > 0;
    pageEn += en;
    pageZh += zh;
    if (isChinese) zhBlocks += 1;
    if (isEnglish) enBlocks += 1;
    for (
      let node: AnyNode | null = paragraph.parent;
      node && node.type === "tag";
      node = node.parent
    ) {
      const element = node as Element;
      const total = totals.get(element) ?? { en: 0, zh: 0, enBlocks: 0, zhBlocks: 0 };
      total.en += en;
      total.zh += zh;
      if (isChinese) total.zhBlocks += 1;
      if (isEnglish) total.enBlocks += 1;
      totals.set(element, total);
    }
  }
  if (pageEn === 0 || pageZh === 0) {
    return {
      found: `found ${enBlocks} English and ${zhBlocks} Chinese paragraphs on the page`,
    };
  }
  let container: Element | undefined;
  let depth = -1;
  for (const [element, total] of totals) {
    if (total.en < ARTICLE_SHARE * pageEn || total.zh < ARTICLE_SHARE * pageZh) continue;
    const elementDepth = $(element).parents().length;
    if (elementDepth > depth) {
      depth = elementDepth;
      container = element;
    }
  }
  const total = container ? totals.get(container) : undefined;
  return {
    container,
    found: container
      ? `found ${total!.enBlocks} English and ${total!.zhBlocks} Chinese paragraphs in ${describe(container)}`
      : `found ${enBlocks} English and ${zhBlocks} Chinese paragraphs, but no one element holding most of both`,
  };
}

/** The blocks of the article in reading order; the rows of a side-by-side table, cell by cell. */
export function blocksOf($: cheerio.CheerioAPI, container: Element): PageBlock[] {
  const blocks: PageBlock[] = [];
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
      const text = () => textWithBreaks($, element);
      if (tag === "ul" || tag === "ol") blocks.push({ element, text: text(), kind: "list" });
      else if (tag === "figure" || tag === "figcaption" || tag === "caption")
        blocks.push({ element, text: text() || `<${tag}>`, kind: "caption" });
      else if (/^h[1-6]$/.test(tag) || isBoldLine($, element))
        blocks.push({ element, text: text(), kind: "heading" });
      else if (WRAPPERS.has(tag) || CELLS.has(tag)) {
        if (hasBlockInside($, element)) walk(element);
        else if (collapse($(element).text()) !== "")
          blocks.push({ element, text: text(), kind: "text" });
      } else if (BLOCK_TAGS.has(tag) || collapse($(element).text()) !== "") {
        blocks.push({ element, text: text(), kind: "text" });
      }
    }
  };
  walk(container);
  return blocks.filter((block) => collapse(block.text) !== "");
}

/**
 * A paragraph whose every line is short, bold and without a sentence end is a heading set in bold,
 * as many editors make them: "<p><strong>Message by the Secretary-General</strong></p>", or a
 * bilingual one split by <br>.
 */
function isBoldLine($: cheerio.CheerioAPI, element: Element): boolean {
  if (element.tagName.toLowerCase() !== "p") return false;
  const lines = textWithBreaks($, element).split("\n").map(collapse).filter(Boolean);
  const sentenceEnd = /[.!?。！？:：]["”’」]?$/u;
  if (lines.length === 0 || lines.some((line) => line.length > 150 || sentenceEnd.test(line)))
    return false;
  const letters = (text: string) => withoutSpaces(text).length;
  const bold = $(element)
    .find("strong, b")
    .toArray()
    .filter((inner) => $(inner).parents("strong, b").length === 0)
    .reduce((sum, inner) => sum + letters($(inner).text()), 0);
  return bold > 0 && bold >= letters($(element).text()) * 0.9;
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
export function junkReason($: cheerio.CheerioAPI, block: PageBlock): string | undefined {
  const text = collapse(block.text);
  const script = foreignScript(text);
  if (script) return `text in ${script} script (neither English nor Chinese)`;
  if (block.kind === "caption") return "photo caption (<figure>)";
  if (!block.element) return undefined;
  const element = $(block.element);
  const links = element.find("a").toArray();
  const length = withoutSpaces(text).length;
  const linkLength = links.reduce(
    (sum, link) => sum + withoutSpaces(collapse($(link).text())).length,
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
