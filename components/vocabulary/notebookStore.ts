"use client";

import { useSyncExternalStore } from "react";
import {
  NOTEBOOK_KEY,
  type NotebookEntry,
  type NotebookRead,
  type NotebookStorage,
  readNotebook,
  removeWord,
  saveWord,
} from "@/lib/vocabulary/notebook";

/**
 * The notebook in this browser as React state: read once from localStorage (repairing what it must,
 * lib/vocabulary/notebook.ts), re-read when another tab changes it, updated by remove and restore.
 */

const memory = new Map<string, string>();
/** Where localStorage is blocked (some private modes throw on access), the notebook lives for the page. */
const memoryStorage: NotebookStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

export function browserStorage(): NotebookStorage {
  try {
    return window.localStorage;
  } catch {
    return memoryStorage;
  }
}

let snapshot: NotebookRead | undefined;
const listeners = new Set<() => void>();

function publish(next: NotebookRead) {
  snapshot = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === NOTEBOOK_KEY) {
      publish({ ...readNotebook(browserStorage()), notice: snapshot?.notice });
    }
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function getSnapshot(): NotebookRead {
  snapshot ??= readNotebook(browserStorage());
  return snapshot;
}

/** The notebook, newest first; null while the page renders on the server (it is per browser). */
export function useNotebook(): NotebookRead | null {
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}

/** Removes an entry; false when the browser refused to store the change (nothing changed then). */
export function remove(id: string): boolean {
  const { ok, entries } = removeWord(browserStorage(), id);
  publish({ entries, notice: snapshot?.notice });
  return ok;
}

/** Puts a removed entry back where it was (its saving time orders it). */
export function restore(entry: NotebookEntry): boolean {
  const { savedAt, ...word } = entry;
  const { ok, entries } = saveWord(browserStorage(), word, new Date(savedAt));
  // saveWord puts the word first; its saving time puts it back in its place.
  const ordered = [...entries].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  publish({ entries: ordered, notice: snapshot?.notice });
  return ok;
}
