/** The article page as the learning tests meet it: its paragraphs, words and the layer. */
import { expect, type Page } from "@playwright/test";

/** An article whose first pair has words we know: 图书馆 (library), 乐器 (instruments). */
export const SLUG = "county-library-lends-instruments";
export const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

export const chinese = (page: Page, n = 1) => page.locator(`#p${n} > [lang|="zh"]`);
export const english = (page: Page, n = 1) => page.locator(`#p${n} > [lang="en"]`);
/** A Chinese word on the page, found by its characters (its ruby also holds the pinyin). */
export const zhWord = (page: Page, text: string, n = 1) =>
  chinese(page, n)
    .locator(".word")
    .filter({ hasText: new RegExp(`^${text}`) })
    .first();
export const enWord = (page: Page, text: string, n = 1) =>
  english(page, n)
    .locator(".word")
    .filter({ hasText: new RegExp(`^${text}$`) })
    .first();

/** The study data loads on the first hover, tap or focus in the article. */
export async function wakeLayer(page: Page) {
  await english(page).hover();
  await expect(english(page)).toHaveAttribute("data-learn", "ready");
  // Away from the words again, so that no hover opens a popover behind the test's back.
  await page.mouse.move(0, 0);
}
