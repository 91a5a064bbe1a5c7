import type en from "@/messages/en.json";
import type { Locale } from "./routing";

// Types every next-intl call against the English messages (the other two must have the same keys,
// which messages/messages.test.ts checks), so a mistyped key or a missing argument fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
