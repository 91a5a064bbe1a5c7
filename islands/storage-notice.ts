/**
 * Tells the reader when saved preferences were unreadable and had to be reset. The boot script did
 * the resetting (lib/reader/preferences.ts) and left the keys it dropped in data-storage-reset; the
 * bar's texts are in its data attributes (components/layout/StorageNotice.tsx).
 */
import { STORAGE_KEYS } from "@/lib/reader/preferences";

export default function install(bar: HTMLElement, signal: AbortSignal): void {
  const root = document.documentElement;
  const reset = root.getAttribute("data-storage-reset")?.split(" ") ?? [];
  root.removeAttribute("data-storage-reset");
  const found: string[] = [];
  if (reset.includes(STORAGE_KEYS.view)) found.push(bar.dataset.viewReset ?? "");
  if (reset.includes(STORAGE_KEYS.theme)) found.push(bar.dataset.themeReset ?? "");
  if (reset.includes(STORAGE_KEYS.pinyin) || reset.includes(STORAGE_KEYS.study))
    found.push(bar.dataset.learningReset ?? "");
  if (found.length === 0) return;

  const list = bar.querySelector<HTMLElement>("[data-notices]");
  const dismiss = bar.querySelector<HTMLButtonElement>("button");
  if (!list || !dismiss) return;
  list.replaceChildren(
    ...found.map((text) => {
      const p = document.createElement("p");
      p.textContent = text;
      return p;
    }),
  );
  bar.hidden = false;
  dismiss.addEventListener("click", () => (bar.hidden = true), { signal });
  signal.addEventListener("abort", () => (bar.hidden = true));
}
