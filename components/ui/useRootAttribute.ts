"use client";

import { useSyncExternalStore } from "react";

/**
 * An attribute of <html> (data-view, data-theme) as React state. The boot script sets them before
 * hydration; the server renders `fallback`, and React swaps in the real value right after.
 */
export function useRootAttribute(name: string, fallback: string): string {
  return useSyncExternalStore(
    (onChange) => {
      const observer = new MutationObserver(onChange);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: [name] });
      return () => observer.disconnect();
    },
    () => document.documentElement.getAttribute(name) ?? fallback,
    () => fallback,
  );
}

/** Writes to localStorage, ignoring browsers that refuse it (private mode, quota): the page still works. */
export function storeSafely(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered this time; nothing else depends on it.
  }
}
