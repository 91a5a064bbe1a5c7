/**
 * The looks of share buttons, as variants (one set of classes per variant) rather
 * than one long class string per place.
 */
const trigger = {
  /** Icon and "Share": under the headline, on the paragraph page. */
  labelled:
    "no-print inline-flex items-center gap-1.5 rounded-full hover:bg-zinc-100 dark:hover:bg-zinc-800 border border-zinc-300 px-3 py-1 font-sans text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300",
  /**
   * Icon only, on a pair: in the right margin on wide screens, shown when the pair is hovered or
   * focused; at the end of the pair on phones, where there is no margin and no hover.
   */
  // One class, defined in app/globals.css: a utility list here would be repeated on every pair, in
  // the HTML and again in the page's hydration data.
  pair: "no-print pair-share-trigger",
};

export type ShareTriggerVariant = "labelled" | "pair";

export function shareTrigger(variant: ShareTriggerVariant): string {
  return trigger[variant];
}

/** One entry of a share menu (a button or a link). */
export const shareMenuItem =
  "flex w-full items-center gap-3 rounded-md px-3 py-2 text-left text-sm hover:bg-zinc-100 focus-visible:bg-zinc-100 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800";
