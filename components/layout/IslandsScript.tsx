/**
 * The page's one script file: the islands' boot script (islands/boot.ts), a deferred module that sets
 * up the page's interactive parts. Everything it adds is extra: the HTML works without it.
 */
export function IslandsScript({ src }: { src: string }) {
  // A module script is deferred by the browser (it never blocks parsing); the rule looks for async/defer.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={src} />;
}
