import { isFullWidth, oneLine } from "@/lib/text";

/**
 * Fitting text into a card. Widths are counted in half-width units: a Han character or full-width
 * mark is two, a Latin letter one, so one budget serves English and Chinese alike.
 */

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isFullWidth(char) ? 2 : 1;
  return width;
}

/**
 * Cuts text to at most `budget` half-width units, ending with an ellipsis when it had to cut.
 * English is cut at a word boundary; Chinese anywhere, but not right after an opening mark.
 */
export function fitText(text: string, budget: number): string {
  const clean = oneLine(text);
  if (displayWidth(clean) <= budget) return clean;
  let width = displayWidth("…");
  let cut = "";
  for (const char of clean) {
    const next = width + displayWidth(char);
    if (next > budget) break;
    width = next;
    cut += char;
  }
  const lastChar = cut.at(-1) ?? "";
  if (!isFullWidth(lastChar)) {
    const space = cut.lastIndexOf(" ");
    if (space > cut.length * 0.6) cut = cut.slice(0, space);
  }
  cut = cut.replace(/[\s,;:，、；：“‘「『(（—-]+$/u, "");
  return `${cut}…`;
}
