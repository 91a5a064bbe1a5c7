// The cache rules are CommonJS so that next.config.js can read them too (see cache-rules.js).
import rules from "./cache-rules.js";

export const CACHE: {
  page: string;
  notFound: string;
  negotiated: string;
  immutable: string;
  unversionedCard: string;
} = rules.CACHE;
