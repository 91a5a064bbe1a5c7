import { rawMessages } from "@/i18n/messages";
import { type Locale, usesTraditional } from "@/i18n/routing";
import { localizedPath, paths } from "@/lib/site";
import { type NotebookLabels, NotebookList } from "./NotebookList";

const LABELS = [
  "count",
  "marks",
  "export",
  "exportHelp",
  "emptyTitle",
  "emptyHelp",
  "emptyLink",
  "from",
  "remove",
  "removeNamed",
  "removed",
  "undo",
  "storageFailed",
  "dismiss",
  "reset",
  "migrated",
  "dropped-entries",
] as const satisfies readonly (keyof NotebookLabels)[];

/**
 * The vocabulary notebook: translated here, listed by a client leaf, since the words live in the
 * reader's browser (lib/vocabulary/notebook.ts) and the page stays static.
 */
export function VocabularyNotebook({ locale }: { locale: Locale }) {
  // Placeholders ({word}, {count}) are filled in the browser, so read the messages raw.
  const labels: NotebookLabels = rawMessages(locale, "Notebook", LABELS);
  return (
    <NotebookList
      labels={labels}
      homeHref={localizedPath(locale, paths.home())}
      zhLang={usesTraditional(locale) ? "zh-Hant" : "zh-Hans"}
    />
  );
}
