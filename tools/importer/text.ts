import { collapse, firstHanIndex, hasHan, isMostlyHan } from "@/lib/text";

/** A slug from an English title: lowercase letters, digits and hyphens, at most `max` characters. */
export function slugify(title: string, max = 60): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, "");
}

/**
 * Splits a one-line bilingual title ("English 中文" or "中文 English") into its halves, or
 * returns undefined when the line is in one language.
 */
export function splitBilingualTitle(line: string): { en: string; zh: string } | undefined {
  const text = collapse(line);
  const firstHan = firstHanIndex(text);
  if (firstHan === -1) return undefined;
  const trim = (part: string) => part.replace(/^[\s|/\-–—:：·]+|[\s|/\-–—:：·]+$/gu, "");
  // English first: the Chinese half starts at the first Han character.
  const en = trim(text.slice(0, firstHan));
  const zh = trim(text.slice(firstHan));
  if (
    /[A-Za-z]{2}/.test(en) &&
    isMostlyHan(zh) &&
    !/[A-Za-z]{3}/.test(zh.replace(/[A-Z0-9]{2,}/g, ""))
  ) {
    return { en, zh };
  }
  // Chinese first: the English half starts at the last run of Latin words after the Han text.
  const lastHan = [...text].reduce((last, char, index) => (hasHan(char) ? index : last), -1);
  const chars = [...text];
  const zh2 = trim(chars.slice(0, lastHan + 1).join(""));
  const en2 = trim(
    chars
      .slice(lastHan + 1)
      .join("")
      .replace(/^[”」』）)]+/u, ""),
  );
  if (firstHan === 0 && /[A-Za-z]{2}/.test(en2) && isMostlyHan(zh2)) return { en: en2, zh: zh2 };
  return undefined;
}
