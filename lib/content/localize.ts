import { createHash } from "node:crypto";
import { toTraditional, type TraditionalPins } from "@/lib/chinese/convert";
import { type Locale, usesTraditional } from "@/i18n/routing";
import type { Article, BodyPart, Inline } from "./types";

/** An article as one locale shows it: its Chinese in the script that locale reads. */
export interface LocalizedArticle extends Article {
  /** `lang` of the Chinese text: zh-Hans as stored, or zh-Hant when converted. */
  zhLang: "zh-Hans" | "zh-Hant";
  /**
   * A short fingerprint of what the article's cards show in this locale, appended to card URLs as
   * `?v=`, so a card can be cached for a year and still change when its article does.
   */
  cardVersion: string;
}

/**
 * Each stored article converted once per process: a page's metadata and body, and every card and
 * feed of the article, would otherwise each run the Traditional conversion over the whole text.
 */
const traditional = new WeakMap<Article, LocalizedArticle>();

export function localizeArticle(article: Article, locale: Locale): LocalizedArticle {
  if (!usesTraditional(locale)) return versioned({ ...article, zhLang: "zh-Hans" });
  let converted = traditional.get(article);
  if (!converted) traditional.set(article, (converted = versioned(toTraditionalArticle(article))));
  return converted;
}

function versioned(article: Omit<LocalizedArticle, "cardVersion">): LocalizedArticle {
  const cardVersion = createHash("sha256")
    .update(JSON.stringify(article))
    .digest("base64url")
    .slice(0, 10);
  return { ...article, cardVersion };
}

function toTraditionalArticle(article: Article): Omit<LocalizedArticle, "cardVersion"> {
  const pins = article.traditional ?? {};
  const body = article.body.map((part): BodyPart => ({
    ...part,
    zh: convertInlines(part.zh, pins),
  }));
  return {
    ...article,
    zhLang: "zh-Hant",
    title: { ...article.title, zh: toTraditional(article.title.zh, pins) },
    summary: { ...article.summary, zh: toTraditional(article.summary.zh, pins) },
    body,
    pairs: body.filter((part) => part.type === "pair"),
  };
}

/** Converts text only: link targets and code stay as written. */
function convertInlines(inlines: Inline[], pins: TraditionalPins): Inline[] {
  return inlines.map((inline): Inline => {
    switch (inline.type) {
      case "text":
        return { ...inline, value: toTraditional(inline.value, pins) };
      case "emphasis":
      case "strong":
      case "link":
        return { ...inline, children: convertInlines(inline.children, pins) };
      default:
        return inline;
    }
  });
}
