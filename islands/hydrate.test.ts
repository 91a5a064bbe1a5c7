// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hydrate, hydrateAll, islandLives, type Islands } from "./hydrate";
import { ISLANDS, type Install } from "./registry";

function island(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

/** A chunk island whose code arrives only when the test says so. */
function lateChunk() {
  const install = vi.fn<Install>();
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const islands: Islands = { late: { load: () => arrived.then(() => ({ default: install })) } };
  return { install, islands, arrive };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.documentElement.removeAttribute("data-theme");
  localStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe("hydrate", () => {
  it("sets up an island the boot script carries at once", async () => {
    const button = island(
      '<button data-island="theme" data-to-dark="Dark mode" data-to-light="Light mode">☾</button>',
    );
    document.documentElement.dataset.theme = "dark";
    hydrateAll(document, ISLANDS);
    await settle();
    expect(button.dataset.islandState).toBe("ready");
    expect(button.getAttribute("aria-label")).toBe("Light mode");
    button.click();
    expect(document.documentElement.dataset.theme).toBe("light");
    expect(localStorage.getItem("reader.theme")).toBe("light");
    expect(button.getAttribute("aria-label")).toBe("Dark mode");
  });

  it("hands the reader's first tap to an island whose code was not there yet", async () => {
    const { install, islands, arrive } = lateChunk();
    const root = island('<div data-island="late" data-load="interaction"><p>word</p></div>');
    hydrate(root, islands);
    const tap = new MouseEvent("click", { bubbles: true });
    root.querySelector("p")!.dispatchEvent(tap);
    expect(root.dataset.islandState).toBe("loading");
    expect(install).not.toHaveBeenCalled();
    arrive();
    await settle();
    expect(install).toHaveBeenCalledTimes(1);
    expect(install.mock.calls[0]?.[0]).toBe(root);
    expect(install.mock.calls[0]?.[2]).toBe(tap);
    expect(root.dataset.islandState).toBe("ready");
  });

  it("waits for the reader when told to, and for an idle moment by default", async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal("requestIdleCallback", (run: () => void) => idle.push(run));
    const waiting = lateChunk();
    const byInteraction = island('<div data-island="late" data-load="interaction"></div>');
    hydrate(byInteraction, waiting.islands);
    const byIdle = document.createElement("div");
    byIdle.dataset.island = "late";
    document.body.append(byIdle);
    hydrate(byIdle, waiting.islands);
    expect(byInteraction.dataset.islandState).toBe("waiting");
    expect(byIdle.dataset.islandState).toBe("waiting");
    idle.forEach((run) => run());
    waiting.arrive();
    await settle();
    expect(byIdle.dataset.islandState).toBe("ready");
    expect(byInteraction.dataset.islandState).toBe("waiting");
    expect(waiting.install).toHaveBeenCalledTimes(1);
  });

  it("sets up an island that needs an attribute of <html> only where it has it", async () => {
    const { install, islands, arrive } = lateChunk();
    arrive();
    const root = island('<div data-island="late" data-needs="data-storage-reset"></div>');
    hydrate(root, islands);
    root.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(install).not.toHaveBeenCalled();
    document.documentElement.setAttribute("data-storage-reset", "reader.view");
    hydrate(root, islands);
    root.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(install).toHaveBeenCalledTimes(1);
    document.documentElement.removeAttribute("data-storage-reset");
  });

  it("fetches an island's code ahead of need when told to warm it, without setting it up", async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal("requestIdleCallback", (run: () => void) => idle.push(run));
    const install = vi.fn<Install>();
    const load = vi.fn(() => Promise.resolve({ default: install }));
    const root = island('<div data-island="warm" data-load="interaction" data-warm="idle"></div>');
    hydrate(root, { warm: { load } });
    expect(load).not.toHaveBeenCalled();
    idle.forEach((run) => run());
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(install).not.toHaveBeenCalled();
    expect(root.dataset.islandState).toBe("waiting");
  });

  it("takes an island down again: no listener is left", async () => {
    const button = island(
      '<button data-island="theme" data-to-dark="D" data-to-light="L"></button>',
    );
    hydrate(button, ISLANDS);
    await settle();
    islandLives.get(button)?.abort();
    button.click();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it("leaves the HTML working when an island's code cannot be loaded", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const root = island('<div data-island="broken"><a href="#p1">1</a></div>');
    hydrate(root, { broken: { load: () => Promise.reject(new Error("offline")) } });
    root.querySelector("a")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(root.dataset.islandState).toBe("failed");
  });

  it("ignores names it does not know, and an island set up twice", async () => {
    const { install, islands, arrive } = lateChunk();
    const unknown = island('<div data-island="nope"></div>');
    hydrate(unknown, islands);
    expect(unknown.dataset.islandState).toBeUndefined();
    const root = island('<div data-island="late" data-load="interaction"></div>');
    hydrate(root, islands);
    hydrate(root, islands);
    root.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    arrive();
    await settle();
    expect(install).toHaveBeenCalledTimes(1);
  });
});
