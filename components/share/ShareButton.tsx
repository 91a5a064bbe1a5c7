import { ShareIcon } from "./ShareIcon";
import { shareTrigger, type ShareTriggerVariant } from "./variants";

/** The page's one share menu (ShareMenu.tsx); a button names what it shares by `data-share`. */
export const SHARE_MENU_ID = "share-menu";
export const SHARE_ATTRIBUTE = "data-share";

interface Props {
  /** The key of what this button shares in the menu's targets: `article`, `p3`. */
  target: string;
  /** Accessible name ("Share this article", "Share paragraph 3"). */
  label: string;
  /** Visible text beside the icon; icon only when absent. */
  text?: string;
  variant: ShareTriggerVariant;
}

/**
 * A share button: plain HTML. Every pair has one, and they all open the page's one menu through a
 * single click listener in it, so an article of many pairs carries one menu and no script per
 * button. A labelled button shares the page itself and also opens the menu by the Popover API, so
 * it works before the page's script has loaded.
 */
export function ShareButton({ target, label, text, variant }: Props) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-haspopup="dialog"
      title={label}
      className={shareTrigger(variant)}
      popoverTarget={variant === "labelled" ? SHARE_MENU_ID : undefined}
      {...{ [SHARE_ATTRIBUTE]: target }}
    >
      <ShareIcon />
      {text ? <span>{text}</span> : null}
    </button>
  );
}
