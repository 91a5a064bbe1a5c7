// Flags for Debian's Chromium on these machines (docs/environment.md, "Browsers for tests"): root needs
// --no-sandbox, and the closed network makes Chromium's background connections fail noisily.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
