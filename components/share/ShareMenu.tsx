import { type LinkNetwork, shareLinks, type ShareTarget } from "@/lib/share/links";
import { IslandRoot } from "@/components/ui/IslandRoot";
import { SHARE_MENU_ID } from "./menu";
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

export type { ShareTarget };

interface Props {
  /** Everything a button on the page may share, by the key in its `data-share`. */
  targets: Record<string, ShareTarget>;
  /** The target shown before any button is pressed: the page itself. */
  initial: string;
  labels: ShareLabels;
}

/**
 * The page's one share menu and its WeChat QR dialog, two popovers: every ShareButton opens the menu
 * by the Popover API, and the browser closes it (Esc, outside click) and keeps focus order. It is
 * rendered for the page itself; the share island (islands/share.ts) fills it in for what a pressed
 * button shares, and adds copying and the system share sheet.
 */
export function ShareMenu({ targets, initial, labels }: Props) {
  const target = targets[initial];
  if (!target) return null;
  const { url, title, card, qrUrl } = target;
  const wechatId = "share-wechat";

  return (
    <IslandRoot
      name="share"
      data-targets={JSON.stringify(targets)}
      data-initial={initial}
      data-copied={labels.copied}
      data-copy-failed={labels.copyFailed}
    >
      <div
        id={SHARE_MENU_ID}
        data-share-menu=""
        popover="auto"
        role="dialog"
        aria-label={labels.menuTitle}
        className="no-print m-auto w-72 rounded-xl border border-zinc-200 bg-white p-2 text-zinc-900 shadow-xl backdrop:bg-black/20 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <p className="px-3 pt-1 pb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
          {labels.menuTitle}
        </p>
        <ul>
          {/* Shown by the island where the browser has a share sheet. */}
          <li data-system-share="" hidden>
            <button type="button" className={shareMenuItem}>
              {labels.systemShare}
            </button>
          </li>
          <li>
            <button type="button" className={shareMenuItem} data-copy-link="">
              {labels.copyLink}
            </button>
            <p
              role="status"
              data-copy-status=""
              className="px-3 text-xs text-emerald-700 empty:hidden dark:text-emerald-400"
            />
          </li>
          <li>
            <button type="button" className={shareMenuItem} popoverTarget={wechatId}>
              {labels.wechat}
            </button>
          </li>
          {shareLinks({ url, title, image: new URL(card.url, url).href }).map(
            ({ network, href }) => (
              <li key={network}>
                <a
                  href={href}
                  data-network={network}
                  target="_blank"
                  rel="noopener noreferrer"
                  className={shareMenuItem}
                >
                  {labels[network]}
                </a>
              </li>
            ),
          )}
          <li>
            <a href={card.url} download={card.fileName} data-save-card="" className={shareMenuItem}>
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
          data-qr=""
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
    </IslandRoot>
  );
}
