"use client";

import { useSyncExternalStore } from "react";
import { localePrefixes } from "@/i18n/locales";
import en from "@/messages/error-page/en.json";
import zhHans from "@/messages/error-page/zh-Hans.json";
import zhHant from "@/messages/error-page/zh-Hant.json";

const TEXT = { en, "zh-Hans": zhHans, "zh-Hant": zhHant };
type Lang = keyof typeof TEXT;

const noSubscribe = () => () => {};
const pageLang = (): Lang => {
  const lang = document.documentElement.lang;
  return lang in TEXT ? (lang as Lang) : "en";
};

/**
 * When a paragraph page, rendered on demand at its first request, fails: the error in the reader's
 * language, with a retry. (Article and list pages are rendered at build time, where an error stops
 * the build.) An error boundary is a client component and gets no locale, so it reads the page's
 * `<html lang>`; its text lives in messages/error-page/ so the browser gets only these strings.
 */
export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const lang = useSyncExternalStore(noSubscribe, pageLang, () => "en" as Lang);
  const t = TEXT[lang];
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">{t.description}</p>
      <p className="mt-8 flex justify-center gap-6">
        <button type="button" onClick={reset} className="underline underline-offset-2">
          {t.retry}
        </button>
        <a href={localePrefixes[lang]} className="underline underline-offset-2">
          {t.home}
        </a>
      </p>
    </main>
  );
}
