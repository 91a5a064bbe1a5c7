/**
 * The page's one share menu (components/share/ShareMenu.tsx renders it for the page itself). Every
 * share button opens it by the Popover API, which needs no script; this fills the menu in for what
 * the pressed button shares (`data-share`: the article or one pair), and adds what needs script:
 * copying the link and the system share sheet.
 */
import { shareLinks } from "@/lib/share/links";
import type { ShareTarget } from "@/lib/share/links";

const SHARE_ATTRIBUTE = "data-share";

export default function install(root: HTMLElement, signal: AbortSignal, trigger?: Event): void {
  const targets = JSON.parse(root.dataset.targets ?? "{}") as Record<string, ShareTarget>;
  const initial = root.dataset.initial ?? "";
  const menu = root.querySelector<HTMLElement>("[data-share-menu]");
  if (!menu) return;
  const status = menu.querySelector<HTMLElement>("[data-copy-status]");
  let current: ShareTarget | undefined = targets[initial];

  function choose(key: string | null | undefined) {
    const target = key ? targets[key] : undefined;
    if (!target || target === current) return;
    current = target;
    const image = new URL(target.card.url, target.url).href;
    for (const { network, href } of shareLinks({ url: target.url, title: target.title, image })) {
      const link = menu?.querySelector<HTMLAnchorElement>(`a[data-network="${network}"]`);
      if (link) link.href = href;
    }
    const save = root.querySelector<HTMLAnchorElement>("a[data-save-card]");
    if (save) {
      save.href = target.card.url;
      save.download = target.card.fileName;
    }
    const qr = root.querySelector<HTMLImageElement>("img[data-qr]");
    if (qr) qr.src = target.qrUrl;
  }

  const chooseFrom = (element: Element | null) =>
    choose(element?.closest(`[${SHARE_ATTRIBUTE}]`)?.getAttribute(SHARE_ATTRIBUTE));

  // Buttons anywhere on the page open the menu; capture, so the menu is filled in before it opens.
  document.addEventListener("click", (event) => chooseFrom(event.target as Element), {
    capture: true,
    signal,
  });

  // The system share sheet, where the browser has one (phones, some desktops).
  const systemShare = menu.querySelector<HTMLElement>("[data-system-share]");
  if (systemShare && typeof navigator.share === "function") {
    systemShare.hidden = false;
    systemShare.querySelector("button")?.addEventListener(
      "click",
      () => {
        if (current) navigator.share({ title: current.title, url: current.url }).catch(() => {});
      },
      { signal },
    );
  }

  // "Copy link", and what became of it, announced; forgotten when the menu closes.
  menu.querySelector("[data-copy-link]")?.addEventListener(
    "click",
    () => {
      const url = current?.url;
      if (!url || !status) return;
      navigator.clipboard.writeText(url).then(
        () => (status.textContent = root.dataset.copied ?? ""),
        () => (status.textContent = root.dataset.copyFailed ?? ""),
      );
    },
    { signal },
  );
  menu.addEventListener("toggle", () => status && (status.textContent = ""), { signal });

  // Opened before this script was here: fill it in for the button that opened it.
  if (trigger) chooseFrom((trigger.target as Element | null) ?? document.activeElement);
  else if (menu.matches(":popover-open")) chooseFrom(document.activeElement);
}
