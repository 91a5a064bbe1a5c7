import { SHARE_ATTRIBUTE, SHARE_MENU_ID } from "./menu";
import { ShareIcon } from "./ShareIcon";
import { shareTrigger, type ShareTriggerVariant } from "./variants";

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
 * A share button: plain HTML. Every pair has one, and they all open the page's one menu by the
 * Popover API; the menu's single click listener fills it in for this button's target. So an article
 * of many pairs carries one menu and no script per button. (Before the page's script has loaded,
 * the menu opens with the page's own link.)
 */
export function ShareButton({ target, label, text, variant }: Props) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-haspopup="dialog"
      title={label}
      className={shareTrigger(variant)}
      popoverTarget={SHARE_MENU_ID}
      {...{ [SHARE_ATTRIBUTE]: target }}
    >
      <ShareIcon />
      {text ? <span>{text}</span> : null}
    </button>
  );
}
