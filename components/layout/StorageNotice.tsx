"use client";

import { useEffect, useState } from "react";
import { STORAGE_KEYS } from "@/lib/reader/preferences";

interface Props {
  messages: { view: string; theme: string; learning: string };
  dismissLabel: string;
}

/**
 * Tells the reader when saved preferences were unreadable and had to be reset. The boot script did
 * the resetting (lib/reader/preferences.ts) and left the keys it dropped in data-storage-reset.
 */
export function StorageNotice({ messages, dismissLabel }: Props) {
  const [notices, setNotices] = useState<string[]>([]);

  useEffect(() => {
    const root = document.documentElement;
    const reset = root.getAttribute("data-storage-reset")?.split(" ") ?? [];
    root.removeAttribute("data-storage-reset");
    const found: string[] = [];
    if (reset.includes(STORAGE_KEYS.view)) found.push(messages.view);
    if (reset.includes(STORAGE_KEYS.theme)) found.push(messages.theme);
    if (reset.includes(STORAGE_KEYS.pinyin) || reset.includes(STORAGE_KEYS.study))
      found.push(messages.learning);
    // Runs once, after hydration, to surface what the pre-paint script found.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (found.length > 0) setNotices(found);
  }, [messages.view, messages.theme, messages.learning]);

  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      className="no-print fixed inset-x-0 bottom-4 z-50 mx-auto flex w-fit max-w-[calc(100%-2rem)] items-start gap-3 rounded-lg bg-zinc-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900"
    >
      <div>
        {notices.map((notice) => (
          <p key={notice}>{notice}</p>
        ))}
      </div>
      <button
        type="button"
        onClick={() => setNotices([])}
        className="shrink-0 rounded px-2 font-semibold underline-offset-2 hover:underline"
      >
        {dismissLabel}
      </button>
    </div>
  );
}
