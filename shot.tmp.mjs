import { chromium } from "@playwright/test";
const [, , url, out, w = "1280", h = "900", scheme = "light"] = process.argv;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await page.goto(url);
await page.waitForTimeout(300);
await page.screenshot({ path: out });
await browser.close();
