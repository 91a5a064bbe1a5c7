/**
 * Marks the pair a reader arrived at through `#p{n}` (a shared link, a language switch) until they
 * move on: the mark goes once the pair has been on screen and has left it. Installed on the article.
 */
export default function install(_article: HTMLElement, signal: AbortSignal): void {
  let observer: IntersectionObserver | undefined;
  let marked: HTMLElement | null = null;

  function unmark() {
    observer?.disconnect();
    marked?.removeAttribute("data-marked");
    marked = null;
  }

  function mark() {
    unmark();
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!/^p\d+$/.test(id)) return;
    const pair = document.getElementById(id);
    if (!pair) return;
    marked = pair;
    pair.setAttribute("data-marked", "");
    let seen = false;
    observer = new IntersectionObserver(([entry]) => {
      if (entry?.isIntersecting) seen = true;
      else if (seen) unmark();
    });
    observer.observe(pair);
  }

  mark();
  window.addEventListener("hashchange", mark, { signal });
  signal.addEventListener("abort", unmark);
}
