/**
 * Sets up a page's islands, elements marked `data-island="name"` (boot.ts runs it on every page): the
 * small ones the boot script carries itself at once, and each larger one's code only when wanted:
 *
 * - `data-load="idle"` (the default): when the browser is idle after the page has loaded;
 * - `data-load="visible"`: when the element comes near the screen;
 * - `data-load="interaction"`: on the reader's first pointer, focus or key event inside it.
 *
 * `data-warm="idle"` fetches an island's code when the browser is idle without setting it up, so a
 * reader's first tap does not wait for the download (the learning layer on a phone, where no hover
 * comes before the tap).
 *
 * An island with `data-needs="data-x"` is wanted only on a page whose <html> has that attribute, and
 * then at once (the storage notice, only after the inline boot script has reset something).
 *
 * Whatever the strategy, a reader's event inside an island that is not there yet loads it at once,
 * and the last such event is handed to the island as its `trigger`, so the first tap is answered, not
 * dropped. The page is complete without any of this: islands add behaviour to server-rendered HTML.
 * See docs/islands.md.
 */
import { type Island, ISLANDS, type Install } from "./registry";

const WAKE_EVENTS = [
  "pointerover",
  "pointerdown",
  "click",
  "focusin",
  "keydown",
  "touchstart",
  // Another island asking for this one now (the pinyin toggle wakes the learning layer).
  "island-wake",
];
/** Events worth answering after the load (a hover or a touch that is not a tap is not). */
const REPLAYED = new Set(["click", "keydown", "pointerdown", "pointerover", "focusin"]);

/** The islands a page may carry, by name: the registry, or a test's own. */
export type Islands = Readonly<Record<string, Island>>;

function whenIdle(run: () => void): void {
  const start = () =>
    "requestIdleCallback" in window
      ? window.requestIdleCallback(run, { timeout: 3000 })
      : setTimeout(run, 200);
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}

function whenVisible(element: HTMLElement, run: () => void): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        run();
      }
    },
    { rootMargin: "200px" },
  );
  observer.observe(element);
}

async function installerOf(island: Island): Promise<Install> {
  return "install" in island ? island.install : (await island.load()).default;
}

/** Sets up one island: its strategy, and the early events that must not be lost. */
export function hydrate(element: HTMLElement, islands: Islands = ISLANDS): void {
  const name = element.dataset.island ?? "";
  const island = Object.hasOwn(islands, name) ? islands[name] : undefined;
  if (!island || element.dataset.islandState) return;
  const needs = element.dataset.needs;
  if (needs && !document.documentElement.hasAttribute(needs)) return;
  element.dataset.islandState = "waiting";
  const waking = new AbortController();
  let trigger: Event | undefined;
  let started = false;

  const start = () => {
    if (started) return;
    started = true;
    element.dataset.islandState = "loading";
    installerOf(island)
      .then((install) => {
        waking.abort();
        const life = new AbortController();
        install(element, life.signal, trigger);
        element.dataset.islandState = "ready";
        islandLives.set(element, life);
      })
      .catch((error: unknown) => {
        // A chunk that failed to load (offline, a deployment in between): the HTML still works.
        waking.abort();
        element.dataset.islandState = "failed";
        console.error(`island ${name}:`, error);
      });
  };

  for (const type of WAKE_EVENTS)
    element.addEventListener(
      type,
      (event) => {
        if (REPLAYED.has(event.type)) trigger = event;
        start();
      },
      { capture: true, passive: true, signal: waking.signal },
    );

  if (element.dataset.warm === "idle" && "load" in island)
    whenIdle(() => void island.load().catch(() => {}));

  const strategy = element.dataset.load ?? "idle";
  // A built-in island, or one whose need is there (the storage notice after a reset), at once.
  if ("install" in island || needs) start();
  else if (strategy === "idle") whenIdle(start);
  else if (strategy === "visible") whenVisible(element, start);
}

/** Each installed island's life, so a test or a later page change can take it down again. */
export const islandLives = new WeakMap<HTMLElement, AbortController>();

export function hydrateAll(root: ParentNode = document, islands: Islands = ISLANDS): void {
  root
    .querySelectorAll<HTMLElement>("[data-island]")
    .forEach((element) => hydrate(element, islands));
}
