// `npm run serve`: builds the app for its public origin, then runs two replicas behind nginx on
// loopback until Ctrl-C (docs/serving.md). Options: --port 8380 (nginx), --replicas 2,
// --no-build (serve the existing build). SITE_URL defaults to nginx's own address.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { startCluster } from "./cluster.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8380" },
    replicas: { type: "string", default: "2" },
    "no-build": { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const count = Number(values.replicas);
if (!Number.isInteger(port) || port < 1 || port > 65535)
  throw new Error(`bad --port: ${values.port}`);
if (!Number.isInteger(count) || count < 1 || port + count > 65535)
  throw new Error(`bad --replicas: ${values.replicas}`);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
env.SITE_URL ??= `http://localhost:${port}`;

if (!values["no-build"]) {
  console.log(`building for ${env.SITE_URL}`);
  const { status } = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  if (status !== 0) process.exit(status ?? 1);
}

const replicaPorts = Array.from({ length: count }, (_, i) => port + 1 + i);
const cluster = await startCluster({
  port,
  replicaPorts,
  env: { SITE_URL: env.SITE_URL },
  log: (line) => console.log(line),
});
console.log(
  `nginx on ${cluster.base} in front of ${replicaPorts.map((p) => `127.0.0.1:${p}`).join(", ")}`,
);
console.log(`logs and cache: ${cluster.prefix} (removed on exit); Ctrl-C stops everything`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await cluster.stop();
    process.exit(0);
  });
cluster.nginx.on("exit", async (code) => {
  if (stopping) return;
  console.error(`nginx exited (${code})`);
  await cluster.stop();
  process.exit(1);
});
