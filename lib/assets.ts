import { chineseScript, type Locale, localePrefixes } from "@/i18n/locales";

/** A share card's size in pixels (1200×630, what WeChat, Weibo, X and Facebook all crop well). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The URLs of what the site serves beside its pages: share cards, WeChat QR codes, feeds and study
 * data, all outside the locale routes (and so outside proxy.ts). One place, beside `paths` in
 * lib/site.ts, so the route handlers, the pages and the browser islands agree. Pure: no Node module,
 * so the islands can use it too.
 */
export const assets = {
  /** `/cards/zh-hant/{slug}.png`, `/cards/en/{slug}/p/3.png`; `?v=` with the card's version. */
  card(locale: Locale, slug: string, n?: number, version?: string): string {
    const base = `/cards${localePrefixes[locale]}/${slug}`;
    const path = n === undefined ? `${base}.png` : `${base}/p/${n}.png`;
    return version === undefined ? path : `${path}?v=${version}`;
  },
  /** `/qr/en/{slug}.svg`, `/qr/en/{slug}/p/3.svg`. */
  qr(locale: Locale, slug: string, n?: number): string {
    const base = `/qr${localePrefixes[locale]}/${slug}`;
    return n === undefined ? `${base}.svg` : `${base}/p/${n}.svg`;
  },
  /** `/feeds/zh-hans.xml`. */
  feed(locale: Locale): string {
    return `/feeds${localePrefixes[locale]}.xml`;
  },
  /** `/study/hant/{slug}.json`: an article's study data in the script the locale shows. */
  study(locale: Locale, slug: string): string {
    return `/study/${chineseScript(locale)}/${slug}.json`;
  },
};
