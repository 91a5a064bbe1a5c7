import { bootScriptSource } from "@/lib/reader/preferences";

/** Applies the reader's view and theme before first paint (see lib/reader/preferences.ts). */
export function BootScript() {
  return <script dangerouslySetInnerHTML={{ __html: bootScriptSource() }} />;
}
