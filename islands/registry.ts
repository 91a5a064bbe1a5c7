/**
 * Every island a page can carry, by the name in its `data-island` attribute (docs/islands.md).
 *
 * The header's islands are part of the boot script and set up as soon as it runs: their state shows
 * at once (the view switch's checked view, the theme's label) and a click on them is never early (a
 * language link's click starts a navigation that no later script could catch). The others are chunks
 * of their own, fetched only by pages that have them, when wanted: the boot script stays small for
 * pages like the notebook, which carry React as well.
 */
import learningTools from "./learning-tools";
import localeLinks from "./locale-links";
import readingView from "./reading-view";
import theme from "./theme";

/**
 * What an island module exports as its default: set up behaviour on `root` (the element marked
 * `data-island`), listening with `signal` so that aborting it removes every listener and anything
 * the island added. `trigger` is the reader's event that caused the load, when one did (a tap on a
 * word before the island was there): the island answers it as if it had been listening all along.
 */
export type Install = (root: HTMLElement, signal: AbortSignal, trigger?: Event) => void;

export type Island = { install: Install } | { load: () => Promise<{ default: Install }> };

export const ISLANDS = {
  theme: { install: theme },
  "reading-view": { install: readingView },
  "locale-links": { install: localeLinks },
  "pair-marker": { load: () => import("./reading-page").then((m) => ({ default: m.pairMarker })) },
  "storage-notice": { load: () => import("./storage-notice") },
  "learning-tools": { install: learningTools },
  share: { load: () => import("./reading-page").then((m) => ({ default: m.share })) },
  "read-aloud": { load: () => import("./reading-page").then((m) => ({ default: m.readAloud })) },
  // The learning layer: the article is its root; loaded on the first event in it (docs/learning.md).
  learning: { load: () => import("./learning/layer") },
} satisfies Record<string, Island>;

export type IslandName = keyof typeof ISLANDS;
