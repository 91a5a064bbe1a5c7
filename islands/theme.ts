/**
 * The light/dark switch (components/layout/ThemeToggle.tsx renders it). Which icon shows is CSS on
 * <html data-theme>, set before paint by the boot script; this keeps the accessible name in step and
 * remembers the reader's pick.
 */
import { STORAGE_KEYS, type Theme } from "@/lib/reader/preferences";
import { storeSafely } from "./storage";

export default function install(button: HTMLElement, signal: AbortSignal): void {
  const root = document.documentElement;
  const current = (): Theme => (root.dataset.theme === "dark" ? "dark" : "light");
  const label = () => {
    const text = (current() === "dark" ? button.dataset.toLight : button.dataset.toDark) ?? "";
    button.setAttribute("aria-label", text);
    button.title = text;
  };
  label();
  button.addEventListener(
    "click",
    () => {
      const next: Theme = current() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      storeSafely(STORAGE_KEYS.theme, next);
      label();
    },
    { signal },
  );
}
