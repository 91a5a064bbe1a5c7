import * as OpenCC from "opencc-js";

let converter: ((text: string) => string) | undefined;

/**
 * Simplified → Traditional with Taiwan phrases (网络 → 網路, 软件 → 軟體), as OpenCC's cn → twp.
 * Runs at build time only: the dictionaries stay out of the browser.
 */
export function toTraditional(text: string): string {
  converter ??= OpenCC.Converter({ from: "cn", to: "twp" });
  return converter(text).replace(/[“”‘’]/g, (mark) => TAIWAN_QUOTES[mark] ?? mark);
}

/** Traditional text in Taiwan quotes with corner brackets: “…” → 「…」, ‘…’ → 『…』. */
const TAIWAN_QUOTES: Record<string, string> = { "“": "「", "”": "」", "‘": "『", "’": "』" };
