import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import en from "@/messages/en.json";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";
import { contentDir, readArticles } from "@/lib/content/load";

/** The three interface languages as a reader meets them (contract: docs/contracts.md). */
export const LOCALES = [
  { locale: "en", prefix: "/en", lang: "en", zhLang: "zh-Hans", messages: en },
  { locale: "zh-Hans", prefix: "/zh-hans", lang: "zh-Hans", zhLang: "zh-Hans", messages: zhHans },
  { locale: "zh-Hant", prefix: "/zh-hant", lang: "zh-Hant", zhLang: "zh-Hant", messages: zhHant },
] as const;

export const VIEWS = ["bilingual", "parallel", "en", "zh"] as const;

/** The sample library, read the way the build reads it. */
export const articles = readArticles(contentDir());

/** The article with the most paragraph pairs: room to scroll, and subheadings to cross. */
export const longArticle = [...articles].sort((a, b) => b.pairs.length - a.pairs.length)[0]!;

const SHOTS = path.join(process.cwd(), "e2e", "screenshots");

/** Saves a full-page screenshot under e2e/screenshots (ignored by git) for a person to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
