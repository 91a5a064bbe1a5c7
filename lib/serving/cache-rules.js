// @ts-check
// How long browsers and shared caches (nginx in deploy/, a CDN) may keep each kind of response.
// CommonJS so that next.config.js (which sets the headers of cards and feeds) and proxy.ts (pages)
// read the same rules. The numbers, and how to purge after a correction: docs/serving.md.

/**
 * Pages. Shared caches keep a page for a minute, then may serve it stale for four more while they
 * fetch the new one in the background: a corrected article reaches every reader within five minutes
 * without a purge, and a busy article costs the app one render a minute per cache. If every replica
 * is down, a cache may keep serving what it has for a day rather than an error. Browsers keep
 * nothing (max-age=0) and revalidate with the ETag, which costs a 304 and shows a correction at once.
 */
const page = "public, max-age=0, s-maxage=60, stale-while-revalidate=240, stale-if-error=86400";

/**
 * 404s: briefly. An article requested a minute before it was published must not stay missing; a
 * scanner hammering unknown paths should still be answered by the cache.
 */
const notFound = "public, max-age=0, s-maxage=30";

/**
 * The `/` redirect depends on Accept-Language and the reader's cookie. It is cheap to compute and
 * varies with every distinct header a browser sends, so no cache keeps it (Vary is still sent).
 */
const negotiated = "private, no-store";

/**
 * A share card or QR code whose URL names what it shows (`?v=` is a fingerprint of the article, and a
 * QR code encodes only the article's address): the same URL never changes, so keep it for a year.
 */
const immutable = "public, max-age=31536000, immutable";

/** A card without `?v=` shows whatever the article says now: cached like a page. */
const unversionedCard = page;

module.exports = { CACHE: { page, notFound, negotiated, immutable, unversionedCard } };
