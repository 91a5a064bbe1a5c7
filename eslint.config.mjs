import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // next.config.js stays CommonJS (the next-intl plugin is loaded with require: docs/environment.md).
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Which script a text is in has one home, lib/text (docs/editor-tools.md): a Han test written
    // anywhere else drifts from it (the thresholds of two copies already had).
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: ["lib/text/**", "bench/**/*.mjs", "scripts/**/*.mjs", "eslint.config.mjs"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[regex.pattern=/Script=Han|u4e00|u9fff|一-龥|一-鿿/]",
          message:
            "Test for Han characters with lib/text (hasHan, isHanWord, hanCount, blockLanguage, HAN_SCRIPT), not a regular expression of your own.",
        },
        {
          selector: "Literal[value=/Script=Han|u4e00-|u9fff/]",
          message:
            "Build Han patterns from lib/text's HAN_SCRIPT, or use its functions, not a string of your own.",
        },
      ],
    },
  },
  {
    // Plain Node scripts that cannot import TypeScript (benchmarks, the word-list derivation) keep
    // their own copy.
    files: ["bench/**/*.mjs", "scripts/**/*.mjs"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      // Built by scripts/build-islands.mjs.
      "public/islands/**",
      ".build/**",
    ],
  },
];

export default config;
