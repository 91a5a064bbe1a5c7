import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link to another page of the reader: Next's `<PageLink>` (client-side navigation on click) without
 * prefetching. By default every link in view fetches its page's data and scripts ahead of a click;
 * on an article page that was 19 extra requests to the replicas per view (33 → 13 in all) and a
 * chunk the page never runs, for pages most readers do not open next. A click fetches what it needs,
 * usually from the cache in front (docs/serving.md).
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
