import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/chromium.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://localhost:${PORT}`;

// `npx playwright install` cannot download here: use Debian's Chromium where it exists, and
// Playwright's own browser elsewhere (a developer's laptop). See docs/environment.md.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  ...(existsSync(chromiumPath) ? { executablePath: chromiumPath } : {}),
  args: CHROMIUM_ARGS,
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: ".ci/reports/e2e.json" }]],
  use: {
    baseURL: BASE_URL,
    launchOptions,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "desktop",
      grepInvert: /@mobile/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    { name: "mobile", grep: /@mobile/, use: { ...devices["Pixel 7"] } },
  ],
  // Tests run against the production build (`npm run build` first), as readers get it.
  webServer: {
    command: `npx next start -p ${PORT}`,
    url: `${BASE_URL}/en`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
