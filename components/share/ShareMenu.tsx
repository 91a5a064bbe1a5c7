"use client";

import { type Ref, useState, useSyncExternalStore } from "react";
import { type LinkNetwork, shareLinks } from "@/lib/share/links";

export type ShareLabels = Record<
  | "menuTitle"
  | "systemShare"
  | "copyLink"
  | "copied"
  | "copyFailed"
  | "wechat"
  | "wechatTitle"
  | "wechatHelp"
  | "qrAlt"
  | "saveCard"
  | "close"
  | LinkNetwork,
  string
>;

/** What one share menu shares: a page, its title, its card and its QR code. */
export interface ShareTarget {
  /** Absolute URL of the page to share. */
  url: string;
  title: string;
  /** The card as a same-origin path (so "save card" can download it) and its file name. */
  card: { url: string; fileName: string };
  qrUrl: string;
}

interface Props extends ShareTarget {
  /** Unique on the page: names the two popovers. */
  id: string;
  /** The trigger's accessible name ("Share this article", "Share paragraph 3"). */
  triggerLabel: string;
  /** Visible text of the trigger; icon only when absent. */
  triggerText?: string;
  triggerClassName?: string;
  labels: ShareLabels;
}

const noSubscribe = () => () => {};

/**
 * A share button and its menu, on the Popover API: the browser opens, closes (Esc, outside click)
 * and keeps focus order, so the client code here is only the clipboard and the system share sheet.
 */
export function ShareMenu({
  id,
  triggerLabel,
  triggerText,
  triggerClassName,
  labels,
  ...target
}: Props) {
  return (
    <>
      <button
        type="button"
        popoverTarget={`${id}-share`}
        aria-label={triggerLabel}
        title={triggerLabel}
        className={triggerClassName}
      >
        <ShareIcon />
        {triggerText ? <span>{triggerText}</span> : null}
      </button>
      <SharePanels id={id} target={target} labels={labels} />
    </>
  );
}

interface PanelsProps {
  id: string;
  target: ShareTarget;
  labels: ShareLabels;
  menuRef?: Ref<HTMLDivElement>;
}

/** The share menu and its WeChat QR dialog, both popovers named from `id`. */
export function SharePanels({ id, target, labels, menuRef }: PanelsProps) {
  const { url, title, card, qrUrl } = target;
  const canShare = useSyncExternalStore(
    noSubscribe,
    () => typeof navigator.share === "function",
    () => false,
  );
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);
  const copyState = copied?.url === url ? (copied.ok ? "copied" : "failed") : "idle";
  const menuId = `${id}-share`;
  const wechatId = `${id}-wechat`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied({ url, ok: true });
    } catch {
      setCopied({ url, ok: false });
    }
  }

  const item =
    "flex w-full items-center gap-3 rounded-md px-3 py-2 text-left text-sm hover:bg-zinc-100 focus-visible:bg-zinc-100 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800";

  return (
    <>
      <div
        id={menuId}
        ref={menuRef}
        popover="auto"
        role="dialog"
        aria-label={labels.menuTitle}
        onToggle={() => setCopied(null)}
        className="no-print m-auto w-72 rounded-xl border border-zinc-200 bg-white p-2 text-zinc-900 shadow-xl backdrop:bg-black/20 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <p className="px-3 pt-1 pb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
          {labels.menuTitle}
        </p>
        <ul>
          {canShare ? (
            <li>
              <button
                type="button"
                className={item}
                onClick={() => navigator.share({ title, url }).catch(() => {})}
              >
                {labels.systemShare}
              </button>
            </li>
          ) : null}
          <li>
            <button type="button" className={item} onClick={copy}>
              {labels.copyLink}
            </button>
            <p
              role="status"
              className="px-3 text-xs text-emerald-700 empty:hidden dark:text-emerald-400"
            >
              {copyState === "copied"
                ? labels.copied
                : copyState === "failed"
                  ? labels.copyFailed
                  : ""}
            </p>
          </li>
          <li>
            <button type="button" className={item} popoverTarget={wechatId}>
              {labels.wechat}
            </button>
          </li>
          {shareLinks({ url, title, image: new URL(card.url, url).href }).map(
            ({ network, href }) => (
              <li key={network}>
                <a href={href} target="_blank" rel="noopener noreferrer" className={item}>
                  {labels[network]}
                </a>
              </li>
            ),
          )}
          <li>
            <a href={card.url} download={card.fileName} className={item}>
              {labels.saveCard}
            </a>
          </li>
        </ul>
      </div>

      <div
        id={wechatId}
        popover="auto"
        role="dialog"
        aria-labelledby={`${wechatId}-title`}
        className="no-print m-auto w-80 rounded-xl border border-zinc-200 bg-white p-5 text-center text-zinc-900 shadow-xl backdrop:bg-black/30 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <h2 id={`${wechatId}-title`} className="text-lg font-bold">
          {labels.wechatTitle}
        </h2>
        {/* A QR code of the page's own URL, drawn by this site (no third-party service). */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={qrUrl}
          alt={labels.qrAlt}
          width={200}
          height={200}
          loading="lazy"
          className="mx-auto my-4 rounded bg-white p-2"
        />
        <p className="text-sm text-zinc-600 dark:text-zinc-300">{labels.wechatHelp}</p>
        <button
          type="button"
          popoverTarget={wechatId}
          popoverTargetAction="hide"
          className="mt-4 rounded-full bg-zinc-900 px-4 py-1.5 text-sm text-white dark:bg-zinc-100 dark:text-zinc-900"
        >
          {labels.close}
        </button>
      </div>
    </>
  );
}

/** The share glyph (a box with an arrow out of it), for every share button. */
export function ShareIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M16 6l-4-4-4 4M12 2v13" />
    </svg>
  );
}
