import { type Locale, isLocale } from "./routing";

/**
 * Picks the interface language for a reader who arrives at `/` (contract: docs/contracts.md).
 * A locale they picked before (the cookie) wins; otherwise the first Accept-Language entry, by weight,
 * that names a language we have: Chinese by script or region, else English.
 */
export function negotiateLocale(acceptLanguage: string | null, cookieLocale?: string): Locale {
  if (isLocale(cookieLocale)) return cookieLocale;
  for (const tag of parseAcceptLanguage(acceptLanguage ?? "")) {
    const locale = localeForTag(tag);
    if (locale) return locale;
  }
  return "en";
}

const TRADITIONAL_REGIONS = new Set(["tw", "hk", "mo"]);

function localeForTag(tag: string): Locale | undefined {
  const [language, ...subtags] = tag.toLowerCase().split(/[-_]/);
  if (language === "en") return "en";
  if (language !== "zh") return undefined;
  if (subtags.includes("hant")) return "zh-Hant";
  if (subtags.includes("hans")) return "zh-Hans";
  return subtags.some((s) => TRADITIONAL_REGIONS.has(s)) ? "zh-Hant" : "zh-Hans";
}

/** Language tags in the order of their `q` weights (stable for equal weights); `q=0` and `*` dropped. */
export function parseAcceptLanguage(header: string): string[] {
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter(({ tag, weight }) => tag !== "" && tag !== "*" && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}
