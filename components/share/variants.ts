/**
 * The looks of share buttons, as variants (one base, one small set of classes per variant) rather
 * than one long class string per place.
 */
const trigger = {
  base: "no-print items-center rounded-full hover:bg-zinc-100 dark:hover:bg-zinc-800",
  /** Icon and "Share": under the headline, on the paragraph page. */
  labelled:
    "inline-flex gap-1.5 border border-zinc-300 px-3 py-1 font-sans text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300",
  /**
   * Icon only, on a pair: in the right margin on wide screens, shown when the pair is hovered or
   * focused; at the end of the pair on phones, where there is no margin and no hover.
   */
  pair: [
    "mt-1 ml-auto flex size-8 justify-center text-zinc-500 hover:text-accent dark:text-zinc-400",
    "sm:absolute sm:top-0 sm:-right-11 sm:mt-0",
    "sm:opacity-0 sm:group-focus-within:opacity-100 sm:group-hover:opacity-100 sm:focus-visible:opacity-100",
  ].join(" "),
};

export type ShareTriggerVariant = "labelled" | "pair";

export function shareTrigger(variant: ShareTriggerVariant): string {
  return `${trigger.base} ${trigger[variant]}`;
}

/** One entry of a share menu (a button or a link). */
export const shareMenuItem =
  "flex w-full items-center gap-3 rounded-md px-3 py-2 text-left text-sm hover:bg-zinc-100 focus-visible:bg-zinc-100 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800";
