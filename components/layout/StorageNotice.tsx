import { IslandRoot } from "@/components/ui/IslandRoot";

interface Props {
  messages: { view: string; theme: string; learning: string };
  dismissLabel: string;
}

/**
 * Tells the reader when saved preferences were unreadable and had to be reset: the boot script resets
 * them before paint, and the storage-notice island (islands/storage-notice.ts) shows what it dropped.
 * Hidden until then; the same look as the notebook's notice (NoticeBar).
 */
export function StorageNotice({ messages, dismissLabel }: Props) {
  return (
    <IslandRoot
      name="storage-notice"
      data-needs="data-storage-reset"
      hidden
      data-view-reset={messages.view}
      data-theme-reset={messages.theme}
      data-learning-reset={messages.learning}
      role="status"
      className="no-print fixed inset-x-0 bottom-4 z-50 mx-auto flex w-fit max-w-[calc(100%-2rem)] items-start gap-3 rounded-lg bg-zinc-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900"
    >
      <div data-notices="" />
      <button
        type="button"
        className="shrink-0 rounded px-2 font-semibold underline-offset-2 hover:underline"
      >
        {dismissLabel}
      </button>
    </IslandRoot>
  );
}
