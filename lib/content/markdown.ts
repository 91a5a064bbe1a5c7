import type { Nodes, PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { joinLines } from "@/lib/text";
import type { Inline } from "./types";

/** One block of an article body, before pairing: a paragraph or a subheading, in one language. */
export interface RawBlock {
  kind: "paragraph" | "subheading";
  level: 2 | 3;
  inlines: Inline[];
  /** Plain text, for telling the language and for messages. */
  text: string;
  /** 1-based line in the whole file. */
  line: number;
}

export interface BlockProblem {
  line: number;
  message: string;
}

const BLOCK_NAMES: Partial<Record<RootContent["type"], string>> = {
  blockquote: "a block quote",
  code: "a code block",
  list: "a list",
  table: "a table",
  thematicBreak: "a horizontal rule",
};

/**
 * Reads the body of an article into blocks. `firstLine` is the file line the body starts on, so
 * problems point into the file. Raw HTML is kept as literal text: it never becomes markup.
 */
export function readBlocks(
  body: string,
  firstLine: number,
): { blocks: RawBlock[]; problems: BlockProblem[] } {
  const root = fromMarkdown(body);
  const definitions = new Map<string, string>();
  for (const node of root.children) {
    if (node.type === "definition") definitions.set(node.identifier, node.url);
  }
  const blocks: RawBlock[] = [];
  const problems: BlockProblem[] = [];
  for (const node of root.children) {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    const toInlines = (children: PhrasingContent[]) => phrasing(children, definitions);
    if (node.type === "definition") continue;
    if (node.type === "paragraph") {
      const inlines = toInlines(node.children);
      blocks.push({ kind: "paragraph", level: 2, inlines, text: plainText(inlines), line });
    } else if (node.type === "html") {
      const inlines: Inline[] = [{ type: "text", value: node.value }];
      blocks.push({ kind: "paragraph", level: 2, inlines, text: node.value, line });
    } else if (node.type === "heading") {
      if (node.depth === 2 || node.depth === 3) {
        const inlines = toInlines(node.children);
        blocks.push({
          kind: "subheading",
          level: node.depth,
          inlines,
          text: plainText(inlines),
          line,
        });
      } else {
        problems.push({
          line,
          message: `heading level ${node.depth} is not allowed: use "##" (or "###") for subheadings; the title belongs in the front matter`,
        });
      }
    } else {
      const name = BLOCK_NAMES[node.type] ?? `a "${node.type}" block`;
      problems.push({
        line,
        message: `${name} is not allowed: the body is paragraphs and "##" subheadings only`,
      });
    }
  }
  return { blocks, problems };
}

/**
 * Link targets a reader may follow: web, mail, and links within this site. `javascript:` and the
 * rest are dropped. A path may not start `//` or `/\\`: browsers read both as another host.
 */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return URL.canParse(trimmed);
  return /^(\/(?![/\\])|#)/.test(trimmed);
}

function phrasing(nodes: PhrasingContent[], definitions: Map<string, string>): Inline[] {
  const out: Inline[] = [];
  const push = (inline: Inline) => {
    const last = out.at(-1);
    if (inline.type === "text" && last?.type === "text") last.value += inline.value;
    else out.push(inline);
  };
  const link = (href: string | undefined, children: PhrasingContent[]) => {
    const inner = phrasing(children, definitions);
    if (href !== undefined && isSafeHref(href))
      push({ type: "link", href: href.trim(), children: inner });
    else inner.forEach(push);
  };
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        push({ type: "text", value: joinLines(node.value) });
        break;
      case "emphasis":
      case "strong":
        push({ type: node.type, children: phrasing(node.children, definitions) });
        break;
      case "inlineCode":
        push({ type: "code", value: node.value });
        break;
      case "break":
        push({ type: "break" });
        break;
      case "link":
        link(node.url, node.children);
        break;
      case "linkReference":
        link(definitions.get(node.identifier), node.children);
        break;
      case "html":
        // Raw HTML is shown as the text it is, never parsed (no raw HTML reaches a page).
        push({ type: "text", value: node.value });
        break;
      case "image":
      case "imageReference":
        if (node.alt) push({ type: "text", value: node.alt });
        break;
      default:
        push({ type: "text", value: textOf(node) });
    }
  }
  return out;
}

function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(textOf).join("");
  return "";
}

export function plainText(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case "text":
        case "code":
          return inline.value;
        case "break":
          return " ";
        default:
          return plainText(inline.children);
      }
    })
    .join("");
}
