// @ts-check
// The three interface languages: the one table every other place reads (docs/contracts.md, "Locales
// and URLs"). CommonJS so that next.config.js (its locale rewrites) reads it as well as the app.
//   - the key is the locale, a BCP 47 tag: what <html lang> says;
//   - prefix: the URL prefix, lowercase;
//   - script: the Chinese script the locale shows ("hans" as stored, "hant" converted), the name
//     used in study-data URLs (/study/hant/…) and for the card fonts.

const LOCALE_TABLE = /** @type {const} */ ({
  en: { prefix: "/en", script: "hans" },
  "zh-Hans": { prefix: "/zh-hans", script: "hans" },
  "zh-Hant": { prefix: "/zh-hant", script: "hant" },
});

/** The BCP 47 tag of each Chinese script: the `lang` of Chinese text shown in it. */
const SCRIPT_LANG = /** @type {const} */ ({ hans: "zh-Hans", hant: "zh-Hant" });

module.exports = { LOCALE_TABLE, SCRIPT_LANG };
