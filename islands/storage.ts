/** Writes to localStorage, ignoring browsers that refuse it (private mode, quota): the page still works. */
export function storeSafely(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered this time; nothing else depends on it.
  }
}
