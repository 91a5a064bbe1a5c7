/**
 * The reading-view switch (components/reader/ReadingViewSwitch.tsx renders it): CSS keyed on
 * <html data-view> does the work, the address keeps ?view= so the link can be shared, and
 * localStorage carries the choice to the next article.
 */
import { READING_VIEWS, type ReadingView, STORAGE_KEYS } from "@/lib/reader/preferences";
import { storeSafely } from "./storage";

function isView(value: string | undefined): value is ReadingView {
  return (READING_VIEWS as readonly string[]).includes(value ?? "");
}

export default function install(fieldset: HTMLElement, signal: AbortSignal): void {
  const root = document.documentElement;
  const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  // The server rendered the default as checked; the boot script may have chosen another view.
  for (const radio of radios) radio.checked = radio.value === root.dataset.view;
  fieldset.addEventListener(
    "change",
    (event) => {
      const next = (event.target as HTMLInputElement).value;
      if (!isView(next)) return;
      root.dataset.view = next;
      storeSafely(STORAGE_KEYS.view, next);
      const url = new URL(window.location.href);
      url.searchParams.set("view", next);
      window.history.replaceState(window.history.state, "", url);
    },
    { signal },
  );
}
