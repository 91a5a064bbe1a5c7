interface Props {
  notices: string[];
  dismissLabel: string;
  onDismiss: () => void;
}

/**
 * The bar that tells the reader something stored in their browser could not be read and was reset
 * (StorageNotice for preferences, the vocabulary notebook for saved words): one look, one place.
 */
export function NoticeBar({ notices, dismissLabel, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      className="no-print fixed inset-x-0 bottom-4 z-50 mx-auto flex w-fit max-w-[calc(100%-2rem)] items-start gap-3 rounded-lg bg-zinc-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900"
    >
      <div>
        {notices.map((notice) => (
          <p key={notice}>{notice}</p>
        ))}
      </div>
      <button
        type="button"
        onClick={onDismiss}
        className="shrink-0 rounded px-2 font-semibold underline-offset-2 hover:underline"
      >
        {dismissLabel}
      </button>
    </div>
  );
}
