/**
 * The round, borderless header control (the notebook link, the theme switch): one look, one place.
 * Callers add only their width: a fixed square for an icon, padding for an icon with a label.
 */
export const headerControl =
  "inline-flex h-9 items-center justify-center rounded-full text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white";
