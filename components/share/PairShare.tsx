"use client";

import { useEffect, useRef, useState } from "react";
import { ShareIcon, type ShareLabels, SharePanels, type ShareTarget } from "./ShareMenu";

/** Asks the article's one pair-share menu (PairShareMenu) to open for pair `n`. */
const EVENT = "reader:share-pair";

interface ShareRequest {
  n: number;
  source: HTMLElement;
}

/**
 * A pair's share button. Every pair has one, but they share a single menu, so an article of many
 * pairs carries one menu in its HTML instead of one per pair.
 */
export function PairShareButton({
  n,
  label,
  className,
}: {
  n: number;
  label: string;
  className?: string;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-haspopup="dialog"
      title={label}
      className={className}
      onClick={(event) =>
        window.dispatchEvent(
          new CustomEvent<ShareRequest>(EVENT, { detail: { n, source: event.currentTarget } }),
        )
      }
    >
      <ShareIcon />
    </button>
  );
}

/** The menu every PairShareButton opens, filled in for the pair that asked. */
export function PairShareMenu({
  targets,
  labels,
}: {
  targets: ShareTarget[];
  labels: ShareLabels;
}) {
  const [request, setRequest] = useState<ShareRequest | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const open = (event: Event) => setRequest({ ...(event as CustomEvent<ShareRequest>).detail });
    window.addEventListener(EVENT, open);
    return () => window.removeEventListener(EVENT, open);
  }, []);

  useEffect(() => {
    const panel = menu.current;
    if (!request || !panel || panel.matches(":popover-open")) return;
    // `source` makes the button the popover's invoker: Tab moves into the menu, Esc returns focus.
    (panel.showPopover as (options?: { source?: HTMLElement }) => void)({ source: request.source });
  }, [request]);

  const target = targets[(request?.n ?? 1) - 1];
  if (!target) return null;
  return <SharePanels id="pair" target={target} labels={labels} menuRef={menu} />;
}
