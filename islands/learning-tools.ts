/**
 * The learning toggles (components/learning/LearningTools.tsx renders them): pinyin over the Chinese
 * and study mode (hide one language until tapped). Both are CSS on <html data-pinyin> and
 * <html data-study>, set before paint by the boot script and remembered like the view; this keeps the
 * buttons' aria-pressed in step, puts a reveal button over each masked paragraph, and wakes the
 * learning layer (islands/learning/) when pinyin needs its word spans. It also warms the article's
 * study data when the browser is idle (a fetch, no DOM work), so that the first tap on a word is
 * answered at once. docs/learning.md.
 */
import {
  COLOUR_LEVELS,
  COLOUR_LEVELS_EN,
  COLOUR_SETTINGS,
  type ColourSetting,
  type PinyinSetting,
  STORAGE_KEYS,
  type StudySetting,
} from "@/lib/reader/preferences";
import { loadStudyData } from "./learning/load";
import { storeSafely } from "./storage";

const html = document.documentElement;
const pinyin = (): PinyinSetting => (html.dataset.pinyin === "on" ? "on" : "off");
const study = (): StudySetting =>
  html.dataset.study === "en" || html.dataset.study === "zh" ? html.dataset.study : "off";

/** The two "colour words above" selects: Chinese by HSK level, English by CEFR level. */
const LEVEL_SELECTS = [
  { setting: "colour-level", key: STORAGE_KEYS.colourLevel, levels: COLOUR_LEVELS },
  { setting: "colour-level-en", key: STORAGE_KEYS.colourLevelEn, levels: COLOUR_LEVELS_EN },
] as const;

/**
 * A setting the boot script does not read (colouring, its levels): the stored value if it is one of
 * `allowed`, else "off"; anything else stored is forgotten.
 */
function remembered<T extends string>(key: string, allowed: readonly T[]): T | "off" {
  try {
    const stored = localStorage.getItem(key);
    if (stored !== null && (allowed as readonly string[]).includes(stored)) return stored as T;
    if (stored !== null) localStorage.removeItem(key);
  } catch {
    // Blocked storage: off.
  }
  return "off";
}

/** Asks the learning layer to wrap the text now, loading its chunk if need be (islands/boot.ts). */
function wakeLayer(): void {
  document.querySelector('[data-island="learning"]')?.dispatchEvent(new Event("island-wake"));
}

export default function install(root: HTMLElement, signal: AbortSignal): void {
  const button = (name: string) => root.querySelector<HTMLButtonElement>(`[data-toggle="${name}"]`);
  const toggles = {
    pinyin: button("pinyin"),
    en: button("en"),
    zh: button("zh"),
    colour: button("colour"),
  };
  const revealAll = button("reveal-all");
  const article = root.closest(".reading") ?? document;
  const pairs = () => [...article.querySelectorAll<HTMLElement>(".pair")];
  const added: HTMLElement[] = [];

  function removeRevealButtons() {
    added.splice(0).forEach((element) => element.remove());
  }

  // Study mode: one reveal button over each masked paragraph (a real button: tap, click, Enter, Space).
  function masks(mode: StudySetting) {
    pairs().forEach((pair) => pair.removeAttribute("data-revealed"));
    removeRevealButtons();
    if (mode === "off") return;
    const template = (mode === "en" ? root.dataset.revealEn : root.dataset.revealZh) ?? "";
    for (const pair of pairs()) {
      const paragraph = pair.querySelector<HTMLElement>(
        mode === "en" ? ':scope > [lang="en"]' : ':scope > [lang|="zh"]',
      );
      if (!paragraph) continue;
      const reveal = document.createElement("button");
      reveal.type = "button";
      reveal.className = "reveal-button";
      reveal.setAttribute("aria-label", template.replace("{n}", pair.id.slice(1)));
      reveal.addEventListener(
        "click",
        () => {
          pair.setAttribute("data-revealed", "");
          reveal.remove();
          paragraph.tabIndex = -1;
          paragraph.focus({ preventScroll: true });
        },
        { signal },
      );
      paragraph.prepend(reveal);
      added.push(reveal);
    }
  }

  function show() {
    toggles.pinyin?.setAttribute("aria-pressed", String(pinyin() === "on"));
    toggles.en?.setAttribute("aria-pressed", String(study() === "en"));
    toggles.zh?.setAttribute("aria-pressed", String(study() === "zh"));
    toggles.colour?.setAttribute("aria-pressed", String(html.dataset.colourWords === "on"));
    if (revealAll) revealAll.hidden = study() === "off";
  }

  function setStudy(next: StudySetting) {
    html.dataset.study = next;
    storeSafely(STORAGE_KEYS.study, next);
    masks(next);
    show();
    if (next !== "off") wakeLayer();
  }

  root.addEventListener(
    "click",
    (event) => {
      const pressed = (event.target as Element | null)?.closest("[data-toggle]");
      switch (pressed?.getAttribute("data-toggle")) {
        case "pinyin": {
          const next: PinyinSetting = pinyin() === "on" ? "off" : "on";
          html.dataset.pinyin = next;
          storeSafely(STORAGE_KEYS.pinyin, next);
          show();
          if (next === "on") wakeLayer();
          break;
        }
        case "colour": {
          const next: ColourSetting = html.dataset.colourWords === "on" ? "off" : "on";
          html.dataset.colourWords = next;
          storeSafely(STORAGE_KEYS.colour, next);
          show();
          if (next === "on") wakeLayer();
          break;
        }
        case "en":
          setStudy(study() === "en" ? "off" : "en");
          break;
        case "zh":
          setStudy(study() === "zh" ? "off" : "zh");
          break;
        case "reveal-all":
          pairs().forEach((pair) => pair.setAttribute("data-revealed", ""));
          removeRevealButtons();
          break;
      }
    },
    { signal },
  );
  signal.addEventListener("abort", removeRevealButtons, { once: true });

  // Colour words above a level: CSS on <html data-colour-level> (HSK) or <html data-colour-level-en>
  // (CEFR) and the layer's data-hsk / data-cefr on the word spans.
  for (const { setting, key, levels } of LEVEL_SELECTS) {
    const select = root.querySelector<HTMLSelectElement>(`select[data-setting="${setting}"]`);
    if (!select) continue;
    const attribute = `data-${setting}`;
    const level = remembered(key, levels);
    select.value = level;
    html.setAttribute(attribute, level);
    select.addEventListener(
      "change",
      () => {
        const next = (levels as readonly string[]).includes(select.value) ? select.value : "off";
        html.setAttribute(attribute, next);
        storeSafely(key, next);
      },
      { signal },
    );
  }

  html.dataset.colourWords = remembered(STORAGE_KEYS.colour, COLOUR_SETTINGS);
  show();
  masks(study());
  // A remembered pinyin, study mode or colouring is a use of the layer: its words are wanted now.
  if (pinyin() === "on" || study() !== "off" || html.dataset.colourWords === "on") wakeLayer();
  // Warm the study data when the browser is idle: the first tap on a word then waits for nothing.
  const src = root.dataset.src;
  if (src) {
    const warm = () => {
      if (!signal.aborted) loadStudyData(src).catch(() => {});
    };
    if ("requestIdleCallback" in window) window.requestIdleCallback(warm, { timeout: 4000 });
    else setTimeout(warm, 1000);
  }
}
