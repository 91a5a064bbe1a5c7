// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import install from "./learning-tools";

const PAGE = `
  <article class="reading" data-island="learning">
    <div data-island="learning-tools" data-src="/study/hans/a.json"
      data-reveal-en="Show English {n}" data-reveal-zh="Show Chinese {n}">
      <button data-toggle="pinyin" aria-pressed="false">Pinyin</button>
      <button data-toggle="en" aria-pressed="false">Hide English</button>
      <button data-toggle="zh" aria-pressed="false">Hide Chinese</button>
      <button data-toggle="colour" aria-pressed="false">Colour words</button>
      <label>Colour Chinese above <select data-setting="colour-level">
        <option value="off">No level</option><option value="3">HSK 3</option><option value="4">HSK 4</option>
        <option value="v2-3">HSK 2.0: 3</option>
      </select></label>
      <label>Colour English above <select data-setting="colour-level-en">
        <option value="off">No level</option><option value="A2">A2</option><option value="B1">B1</option>
      </select></label>
      <button data-toggle="reveal-all" hidden>Show all</button>
    </div>
    <section id="p1" class="pair"><p lang="en">One.</p><p lang="zh-Hans">一。</p></section>
    <section id="p2" class="pair"><p lang="en">Two.</p><p lang="zh-Hans">二。</p></section>
  </article>`;

const html = document.documentElement;
const tools = () => document.querySelector<HTMLElement>('[data-island="learning-tools"]')!;
const toggle = (name: string) =>
  document.querySelector<HTMLButtonElement>(`[data-toggle="${name}"]`)!;
const reveals = () => [...document.querySelectorAll<HTMLButtonElement>(".reveal-button")];

beforeEach(() => {
  vi.stubGlobal(
    "fetch",
    vi.fn(() => new Promise(() => {})),
  );
  document.body.innerHTML = PAGE;
  localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
  html.removeAttribute("data-pinyin");
  html.removeAttribute("data-study");
  html.removeAttribute("data-colour-words");
  html.removeAttribute("data-colour-level");
  html.removeAttribute("data-colour-level-en");
});

describe("the learning-tools island", () => {
  it("shows what the boot script set: pressed toggles, reveal buttons, Show all, a woken layer", () => {
    html.dataset.pinyin = "on";
    html.dataset.study = "zh";
    const woken = vi.fn();
    document.querySelector("article")!.addEventListener("island-wake", woken);
    install(tools(), new AbortController().signal);
    expect(toggle("pinyin").getAttribute("aria-pressed")).toBe("true");
    expect(toggle("zh").getAttribute("aria-pressed")).toBe("true");
    expect(toggle("en").getAttribute("aria-pressed")).toBe("false");
    expect(toggle("reveal-all").hidden).toBe(false);
    expect(reveals().map((b) => b.getAttribute("aria-label"))).toEqual([
      "Show Chinese 1",
      "Show Chinese 2",
    ]);
    expect(woken).toHaveBeenCalled();
  });

  it("toggles set <html> and localStorage; a reveal button shows its paragraph; Show all shows all", () => {
    install(tools(), new AbortController().signal);
    toggle("pinyin").click();
    expect(html.dataset.pinyin).toBe("on");
    expect(localStorage.getItem("reader.pinyin")).toBe("on");
    toggle("en").click();
    expect(html.dataset.study).toBe("en");
    expect(localStorage.getItem("reader.study")).toBe("en");
    expect(toggle("en").getAttribute("aria-pressed")).toBe("true");
    reveals()[0]!.click();
    expect(document.getElementById("p1")!.hasAttribute("data-revealed")).toBe(true);
    expect(reveals()).toHaveLength(1);
    toggle("reveal-all").click();
    expect(document.getElementById("p2")!.hasAttribute("data-revealed")).toBe(true);
    expect(reveals()).toHaveLength(0);
    toggle("en").click();
    expect(html.dataset.study).toBe("off");
    expect(toggle("reveal-all").hidden).toBe(true);
  });

  it("leaves nothing behind when aborted", () => {
    html.dataset.study = "en";
    const life = new AbortController();
    install(tools(), life.signal);
    expect(reveals()).toHaveLength(2);
    life.abort();
    expect(reveals()).toHaveLength(0);
    toggle("pinyin").click();
    expect(html.dataset.pinyin).toBeUndefined();
  });

  it("colours words when asked, remembers it, wakes the layer, and forgets a value it never stored", () => {
    const woken = vi.fn();
    document.querySelector("article")!.addEventListener("island-wake", woken);
    install(tools(), new AbortController().signal);
    expect(html.dataset.colourWords).toBe("off");
    expect(woken).not.toHaveBeenCalled();
    toggle("colour").click();
    expect(html.dataset.colourWords).toBe("on");
    expect(toggle("colour").getAttribute("aria-pressed")).toBe("true");
    expect(localStorage.getItem("reader.colour")).toBe("on");
    expect(woken).toHaveBeenCalledTimes(1);

    // Remembered: the next page starts coloured, with its layer woken.
    document.body.innerHTML = PAGE;
    const wokenAgain = vi.fn();
    document.querySelector("article")!.addEventListener("island-wake", wokenAgain);
    install(tools(), new AbortController().signal);
    expect(html.dataset.colourWords).toBe("on");
    expect(toggle("colour").getAttribute("aria-pressed")).toBe("true");
    expect(wokenAgain).toHaveBeenCalled();

    localStorage.setItem("reader.colour", "purple");
    document.body.innerHTML = PAGE;
    install(tools(), new AbortController().signal);
    expect(html.dataset.colourWords).toBe("off");
    expect(localStorage.getItem("reader.colour")).toBeNull();
  });

  // The two "colour words above" selects: each remembers its own level and forgets what is no level of
  // its list (an HSK level is no CEFR level).
  const LEVEL_SELECTS = [
    {
      list: "HSK",
      setting: "colour-level",
      attribute: "colourLevel",
      other: "colourLevelEn",
      key: "reader.colourLevel",
      // "v2-3": an HSK 2.0 level, for a reader who learned by the old list.
      levels: ["4", "v2-3"],
      notALevel: "12",
    },
    {
      list: "CEFR",
      setting: "colour-level-en",
      attribute: "colourLevelEn",
      other: "colourLevel",
      key: "reader.colourLevelEn",
      levels: ["B1"],
      notALevel: "4",
    },
  ] as const;

  for (const { list, setting, attribute, other, key, levels, notALevel } of LEVEL_SELECTS) {
    it(`sets the ${list} level to colour above, apart from the other list's, remembers it, and forgets a level it never stored`, () => {
      const select = () =>
        document.querySelector<HTMLSelectElement>(`select[data-setting="${setting}"]`)!;
      install(tools(), new AbortController().signal);
      expect(html.dataset[attribute]).toBe("off");
      for (const level of levels) {
        select().value = level;
        select().dispatchEvent(new Event("change", { bubbles: true }));
        expect(html.dataset[attribute]).toBe(level);
        expect(html.dataset[other]).toBe("off");
        expect(localStorage.getItem(key)).toBe(level);

        document.body.innerHTML = PAGE;
        install(tools(), new AbortController().signal);
        expect(select().value).toBe(level);
        expect(html.dataset[attribute]).toBe(level);
      }

      localStorage.setItem(key, notALevel);
      document.body.innerHTML = PAGE;
      install(tools(), new AbortController().signal);
      expect(html.dataset[attribute]).toBe("off");
      expect(localStorage.getItem(key)).toBeNull();
    });
  }
});
