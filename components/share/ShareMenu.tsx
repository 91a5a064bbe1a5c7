"use client";

import { type Ref, useEffect, useRef, useState } from "react";
import { type LinkNetwork, shareLinks } from "@/lib/share/links";
import { CopyLinkItem, SystemShareItem } from "./ShareActions";
import { SHARE_ATTRIBUTE, SHARE_MENU_ID } from "./ShareButton";
import { shareMenuItem } from "./variants";

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

interface Props {
  /** Everything a button on the page may share, by the key in its `data-share`. */
  targets: Record<string, ShareTarget>;
  /** The target shown before any button is pressed: the page itself. */
  initial: string;
  labels: ShareLabels;
}

interface Request {
  key: string;
  source: HTMLElement;
}

/**
 * The page's one share menu, on the Popover API: the browser opens, closes (Esc, outside click) and
 * keeps focus order. One delegated click listener serves every ShareButton on the page and fills the
 * menu in for what that button shares; the clipboard and the system share sheet are the only other
 * client code (ShareActions.tsx).
 */
export function ShareMenu({ targets, initial, labels }: Props) {
  const [request, setRequest] = useState<Request | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    function open(event: MouseEvent) {
      const button = (event.target as Element | null)?.closest<HTMLElement>(`[${SHARE_ATTRIBUTE}]`);
      const key = button?.getAttribute(SHARE_ATTRIBUTE);
      if (button && key) setRequest({ key, source: button });
    }
    document.addEventListener("click", open);
    return () => document.removeEventListener("click", open);
  }, []);

  useEffect(() => {
    const panel = menu.current;
    if (!request || !panel || panel.matches(":popover-open")) return;
    // `source` makes the button the popover's invoker: Tab moves into the menu, Esc returns focus.
    (panel.showPopover as (options?: { source?: HTMLElement }) => void)({ source: request.source });
  }, [request]);

  const target = targets[request?.key ?? initial] ?? targets[initial];
  if (!target) return null;
  return <SharePanels target={target} labels={labels} menuRef={menu} />;
}

interface PanelsProps {
  target: ShareTarget;
  labels: ShareLabels;
  menuRef?: Ref<HTMLDivElement>;
}

/** The share menu and its WeChat QR dialog, two popovers. */
function SharePanels({ target, labels, menuRef }: PanelsProps) {
  const { url, title, card, qrUrl } = target;
  const wechatId = "share-wechat";

  return (
    <>
      <div
        id={SHARE_MENU_ID}
        ref={menuRef}
        popover="auto"
        role="dialog"
        aria-label={labels.menuTitle}
        className="no-print m-auto w-72 rounded-xl border border-zinc-200 bg-white p-2 text-zinc-900 shadow-xl backdrop:bg-black/20 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <p className="px-3 pt-1 pb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
          {labels.menuTitle}
        </p>
        <ul>
          <SystemShareItem url={url} title={title} label={labels.systemShare} />
          <CopyLinkItem url={url} labels={labels} />
          <li>
            <button type="button" className={shareMenuItem} popoverTarget={wechatId}>
              {labels.wechat}
            </button>
          </li>
          {shareLinks({ url, title, image: new URL(card.url, url).href }).map(
            ({ network, href }) => (
              <li key={network}>
                <a href={href} target="_blank" rel="noopener noreferrer" className={shareMenuItem}>
                  {labels[network]}
                </a>
              </li>
            ),
          )}
          <li>
            <a href={card.url} download={card.fileName} className={shareMenuItem}>
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
