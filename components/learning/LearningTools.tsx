"use client";

import { useEffect } from "react";
import { storeSafely, useRootAttribute } from "@/components/ui/useRootAttribute";
import type { LayerConfig } from "@/lib/learning/client/layer";
import { type PinyinSetting, STORAGE_KEYS, type StudySetting } from "@/lib/reader/preferences";

export interface LearningToolsLabels {
  label: string;
  pinyin: string;
  hideEnglish: string;
  hideChinese: string;
  revealAll: string;
  /** Templates with {n}: the reveal button of a masked paragraph. */
  revealEnglish: string;
  revealChinese: string;
}

interface Props {
  labels: LearningToolsLabels;
  layer: LayerConfig;
}

/** Loads the learning layer (its own chunk) once, on first use; see docs/learning.md. */
function loadLayer(config: LayerConfig): void {
  void import("@/lib/learning/client/layer").then(({ configureStudyLayer, ensureStudyLayer }) => {
    configureStudyLayer(config);
    return ensureStudyLayer();
  });
}

/**
 * The reader's learning toggles, beside the view switch: pinyin over the Chinese and study mode
 * (hide one language until tapped). Both are CSS keyed on <html data-pinyin> and <html data-study>,
 * remembered like the view. Word look-up loads with the first hover, tap or focus in the article.
 */
export function LearningTools({ labels, layer }: Props) {
  const pinyin = useRootAttribute("data-pinyin", "off") as PinyinSetting;
  const study = useRootAttribute("data-study", "off") as StudySetting;

  // First use of any learning feature loads the study data; a remembered pinyin or study mode counts.
  useEffect(() => {
    const root = document.querySelector<HTMLElement>(".reading");
    if (!root) return;
    const start = () => {
      loadLayer(layer);
      for (const type of ["pointerover", "pointerdown", "focusin"] as const)
        root.removeEventListener(type, start);
    };
    const html = document.documentElement;
    if (html.dataset.pinyin === "on" || (html.dataset.study ?? "off") !== "off") start();
    else
      for (const type of ["pointerover", "pointerdown", "focusin"] as const)
        root.addEventListener(type, start, { passive: true });
    return () => {
      for (const type of ["pointerover", "pointerdown", "focusin"] as const)
        root.removeEventListener(type, start);
    };
  }, [layer]);

  // Study mode: one reveal button over each masked paragraph (a real button: tap, click, Enter, Space).
  useEffect(() => {
    const pairs = [...document.querySelectorAll<HTMLElement>(".reading .pair")];
    pairs.forEach((pair) => pair.removeAttribute("data-revealed"));
    document.querySelectorAll(".reveal-button").forEach((button) => button.remove());
    if (study === "off") return;
    const template = study === "en" ? labels.revealEnglish : labels.revealChinese;
    for (const pair of pairs) {
      const paragraph = pair.querySelector<HTMLElement>(
        study === "en" ? ':scope > [lang="en"]' : ':scope > [lang|="zh"]',
      );
      if (!paragraph) continue;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "reveal-button";
      button.setAttribute("aria-label", template.replace("{n}", pair.id.slice(1)));
      button.addEventListener("click", () => {
        pair.setAttribute("data-revealed", "");
        button.remove();
        paragraph.tabIndex = -1;
        paragraph.focus({ preventScroll: true });
      });
      paragraph.prepend(button);
    }
  }, [study, labels.revealEnglish, labels.revealChinese]);

  function setPinyin(next: PinyinSetting) {
    document.documentElement.dataset.pinyin = next;
    storeSafely(STORAGE_KEYS.pinyin, next);
    if (next === "on") loadLayer(layer);
  }

  function setStudy(next: StudySetting) {
    document.documentElement.dataset.study = next;
    storeSafely(STORAGE_KEYS.study, next);
  }

  function revealAll() {
    document
      .querySelectorAll(".reading .pair")
      .forEach((pair) => pair.setAttribute("data-revealed", ""));
    document.querySelectorAll(".reveal-button").forEach((button) => button.remove());
  }

  const toggle =
    "rounded-full border border-zinc-300 px-3 py-1 text-sm text-zinc-700 hover:bg-zinc-100 aria-pressed:border-zinc-900 aria-pressed:bg-zinc-900 aria-pressed:text-white dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:border-zinc-100 dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900";

  return (
    <div
      role="group"
      aria-label={labels.label}
      className="no-print flex flex-wrap items-center gap-2"
    >
      <button
        type="button"
        aria-pressed={pinyin === "on"}
        onClick={() => setPinyin(pinyin === "on" ? "off" : "on")}
        className={toggle}
      >
        {labels.pinyin}
      </button>
      <button
        type="button"
        aria-pressed={study === "en"}
        onClick={() => setStudy(study === "en" ? "off" : "en")}
        className={toggle}
      >
        {labels.hideEnglish}
      </button>
      <button
        type="button"
        aria-pressed={study === "zh"}
        onClick={() => setStudy(study === "zh" ? "off" : "zh")}
        className={toggle}
      >
        {labels.hideChinese}
      </button>
      {study !== "off" ? (
        <button
          type="button"
          onClick={revealAll}
          className="rounded-full px-3 py-1 text-sm text-zinc-700 underline underline-offset-2 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          {labels.revealAll}
        </button>
      ) : null}
    </div>
  );
}
