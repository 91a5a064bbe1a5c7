export interface SearchBoxLabels {
  /** The landmark's name ("Search articles"). */
  label: string;
  placeholder: string;
  submit: string;
}

interface Props {
  /** `/{prefix}/search`: the form is a plain GET there, so it works before and without any script. */
  action: string;
  labels: SearchBoxLabels;
  /** The query to show (the search page passes none: its own field has it). */
  query?: string;
}

/**
 * The header's search box: a plain GET form (no script), so Enter in the field or the button lands on
 * the search page with `?q=`. On a phone's narrow header only the button shows (the field is not
 * displayed, so it sends an empty query): it opens the search page, whose own field is wide. Synchronous
 * with translated props, so any page, in either router, can render it.
 */
export function SearchBox({ action, labels, query }: Props) {
  return (
    <form
      role="search"
      aria-label={labels.label}
      action={action}
      method="get"
      className="flex h-9 items-center rounded-full border-zinc-300 focus-within:border-zinc-500 sm:border sm:bg-white dark:border-zinc-700 dark:focus-within:border-zinc-400 sm:dark:bg-zinc-900"
    >
      <input
        type="search"
        name="q"
        defaultValue={query}
        aria-label={labels.label}
        placeholder={labels.placeholder}
        enterKeyHint="search"
        className="hidden h-full w-40 min-w-0 rounded-l-full bg-transparent pl-3 text-sm outline-none placeholder:text-zinc-500 sm:block sm:w-40 dark:placeholder:text-zinc-400"
      />
      <button
        type="submit"
        title={labels.submit}
        className="inline-flex h-full w-9 shrink-0 items-center justify-center rounded-full text-zinc-700 hover:bg-zinc-100 sm:rounded-l-none dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5 sm:size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="11" cy="11" r="6.5" />
          <path d="m16 16 4.5 4.5" />
        </svg>
        <span className="sr-only">{labels.submit}</span>
      </button>
    </form>
  );
}
