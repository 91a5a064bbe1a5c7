/**
 * The islands every article and paragraph page loads when the browser is idle, in one chunk: one
 * request instead of three (the page's requests are a budget: docs/islands.md).
 */
export { default as pairMarker } from "./pair-marker";
export { default as readAloud } from "./read-aloud";
export { default as share } from "./share";
