/** How levels are written, for pages and the browser alike (no Node imports). */
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** "HSK 4", "HSK 7–9" (HSK does not split the band), "HSK 7–9+" (above the list). */
export function hskLabel(level: number): string {
  return level >= 8 ? "HSK 7–9+" : level === 7 ? "HSK 7–9" : `HSK ${level}`;
}

/** "B1"; "C2+" above the list. */
export function cefrLabel(level: number): string {
  return level >= 7 ? "C2+" : (CEFR_LEVELS[level - 1] ?? "C2+");
}
