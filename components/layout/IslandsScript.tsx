/**
 * The page's one script file: the islands' boot script (islands/boot.ts), a deferred module that sets
 * up the page's interactive parts. Everything it adds is extra: the HTML works without it.
 */
export function IslandsScript({ src }: { src: string }) {
  return <script type="module" src={src} />;
}
