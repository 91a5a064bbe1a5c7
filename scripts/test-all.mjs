// `npm test`: every check the project has, in the order CI runs them, then one line that sums them:
// lint, type check, unit tests, production build, end-to-end tests in Chromium, quality budgets,
// then serving: every bind address, and nginx with two replicas in front (docs/serving.md).
// Each step counts as a check; unit and e2e steps count their own tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const REPORTS = ".ci/reports";
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

// The tests serve the build on E2E_PORT; canonical URLs and cards point at SITE_URL, so build for that
// origin (Lighthouse checks that canonical links stay on the page's own host).
const port = process.env.E2E_PORT ?? "3210";
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  E2E_PORT: port,
  // The quality checks serve the same build on the same origin after Playwright has stopped its server.
  QUALITY_PORT: port,
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
};
const results = [];

function run(name, command, args, countTests) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${command} ${args.join(" ")}`);
  const { status } = spawnSync(command, args, { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counted = countTests?.();
  const passed = counted ? counted.passed : status === 0 ? 1 : 0;
  const failed = counted
    ? counted.failed + (status !== 0 && counted.failed === 0 ? 1 : 0)
    : status === 0
      ? 0
      : 1;
  results.push({ name, passed, failed, seconds, ok: status === 0 });
  return status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

const vitestCounts = () => {
  const report = readJson(`${REPORTS}/unit.json`);
  return report && { passed: report.numPassedTests, failed: report.numFailedTests };
};

const checkCounts = (file) => () => {
  const report = readJson(`${REPORTS}/${file}`);
  return (
    report && {
      passed: report.filter((c) => c.ok).length,
      failed: report.filter((c) => !c.ok).length,
    }
  );
};

const playwrightCounts = () => {
  const report = readJson(`${REPORTS}/e2e.json`);
  if (!report) return undefined;
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected };
};

run("lint", "npx", ["eslint", "."]);
run("format", "npx", ["prettier", "--check", "."]);
run("typecheck", "npm", ["run", "typecheck"]);
run(
  "unit",
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${REPORTS}/unit.json`],
  vitestCounts,
);
const built = run("build", "npm", ["run", "build"]);
if (built) {
  run("e2e", "npx", ["playwright", "test"], playwrightCounts);
  run("quality", "node", ["scripts/quality-checks.mjs"], checkCounts("quality.json"));
  run("serving", "node", ["scripts/serving-checks.mjs"], checkCounts("serving.json"));
} else {
  results.push({ name: "e2e", passed: 0, failed: 1, seconds: "0.0", ok: false });
}

console.log("\n=== summary");
for (const r of results)
  console.log(
    `${r.ok ? "ok  " : "FAIL"} ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed (${r.seconds}s)`,
  );
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);
