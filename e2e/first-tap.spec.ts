/**
 * The first tap on a word is answered (docs/learning.md, "The first tap"): on a fresh page, before
 * the learning layer has loaded or wrapped anything, one tap (phone) or one click (desktop) on a
 * word opens its popover with its meaning, in each locale.
 */
import { expect, type Page, test } from "@playwright/test";
import { SLUG } from "./learning-page";
import { LOCALES } from "./support";

// Loads the page, the layer and the study data on a shared, often busy machine.
test.describe.configure({ timeout: 60_000 });

/** The middle of some characters of pair 1's Chinese, found in its text (no word spans yet). */
function pointOf(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const paragraph = document.querySelector('#p1 > [lang|="zh"]')!;
    // On a phone the first pair's Chinese is below the fold.
    paragraph.scrollIntoView({ block: "center", behavior: "instant" });
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    throw new Error(`${wanted} is not in pair 1`);
  }, text);
}

/** Milliseconds from the first pointerdown to the popover being shown, measured in the page. */
async function watchPopover(page: Page) {
  await page.addInitScript(() => {
    const times = ((window as unknown as { __firstTap: Record<string, number> }).__firstTap =
      {} as Record<string, number>);
    addEventListener("pointerdown", () => (times.down ??= performance.now()), { capture: true });
    new MutationObserver(() => {
      const popover = document.querySelector<HTMLElement>(".word-popover");
      if (popover && !popover.hidden && popover.style.visibility !== "hidden")
        times.shown ??= performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  return () =>
    page.evaluate(() => {
      const times = (window as unknown as { __firstTap: Record<string, number> }).__firstTap;
      return (times.shown ?? NaN) - (times.down ?? NaN);
    });
}

for (const { prefix, zhLang, messages } of LOCALES) {
  const word = zhLang === "zh-Hant" ? "圖書館" : "图书馆";
  const dialogName = messages.Learning.wordDialog.replace("{word}", word);

  test(`${prefix}: the first click on a word opens its meaning`, async ({ page }) => {
    const elapsed = await watchPopover(page);
    await page.goto(`${prefix}/articles/${SLUG}`, { waitUntil: "networkidle" });
    const { x, y } = await pointOf(page, word);
    // Straight onto the word and pressed: no resting hover before it.
    await page.mouse.click(x, y);
    const dialog = page.getByRole("dialog", { name: dialogName });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText("library", { exact: true })).toBeVisible();
    test.info().annotations.push({
      type: "first tap → popover (ms)",
      description: String(Math.round(await elapsed())),
    });
  });

  test(`${prefix}: the first tap on a word opens its meaning @mobile`, async ({ page }) => {
    const elapsed = await watchPopover(page);
    await page.goto(`${prefix}/articles/${SLUG}`, { waitUntil: "networkidle" });
    const { x, y } = await pointOf(page, word);
    await page.touchscreen.tap(x, y);
    const dialog = page.getByRole("dialog", { name: dialogName });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText("library", { exact: true })).toBeVisible();
    test.info().annotations.push({
      type: "first tap → popover (ms)",
      description: String(Math.round(await elapsed())),
    });
  });
}
