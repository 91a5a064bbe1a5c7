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
    ignores: [
      ".next/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      // Minified bundles written by scripts/build-islands.mjs.
      "public/islands/**",
    ],
  },
];

export default config;
