/**
 * The one script a page loads up front: a deferred module of a few KB (scripts/build-islands.mjs
 * bundles it with the small islands; the others are chunks it loads when wanted). It sets up the
 * page's islands (hydrate.ts). Everything it adds is extra: the HTML works without it.
 * See docs/islands.md.
 */
import { hydrateAll } from "./hydrate";

hydrateAll();
