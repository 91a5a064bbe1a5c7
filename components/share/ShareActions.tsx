"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { shareMenuItem } from "./variants";

const noSubscribe = () => () => {};

/** "Share via…": the system share sheet, where the browser has one (phones, some desktops). */
export function SystemShareItem({
  url,
  title,
  label,
}: {
  url: string;
  title: string;
  label: string;
}) {
  const canShare = useSyncExternalStore(
    noSubscribe,
    () => typeof navigator.share === "function",
    () => false,
  );
  if (!canShare) return null;
  return (
    <li>
      <button
        type="button"
        className={shareMenuItem}
        onClick={() => navigator.share({ title, url }).catch(() => {})}
      >
        {label}
      </button>
    </li>
  );
}

/** "Copy link", and what became of it, announced; forgotten when the menu closes. */
export function CopyLinkItem({
  url,
  labels,
}: {
  url: string;
  labels: { copyLink: string; copied: string; copyFailed: string };
}) {
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);
  const item = useRef<HTMLLIElement>(null);
  const state = copied?.url === url ? (copied.ok ? "copied" : "failed") : "idle";

  useEffect(() => {
    const menu = item.current?.closest("[popover]");
    const forget = () => setCopied(null);
    menu?.addEventListener("toggle", forget);
    return () => menu?.removeEventListener("toggle", forget);
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied({ url, ok: true });
    } catch {
      setCopied({ url, ok: false });
    }
  }

  return (
    <li ref={item}>
      <button type="button" className={shareMenuItem} onClick={copy}>
        {labels.copyLink}
      </button>
      <p role="status" className="px-3 text-xs text-emerald-700 empty:hidden dark:text-emerald-400">
        {state === "copied" ? labels.copied : state === "failed" ? labels.copyFailed : ""}
      </p>
    </li>
  );
}
