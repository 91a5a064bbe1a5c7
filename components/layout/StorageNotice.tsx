"use client";

import { useEffect, useState } from "react";
import { STORAGE_KEYS } from "@/lib/reader/preferences";
import { NoticeBar } from "./NoticeBar";

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

  return (
    <NoticeBar notices={notices} dismissLabel={dismissLabel} onDismiss={() => setNotices([])} />
  );
}
