// Starts N replicas of the built app (`next start`, each on its own loopback port) and nginx in front
// of them with deploy/nginx.conf, all as children of this process. Used by `npm run serve`
// (deploy/start.mjs), the serving tests (scripts/serving-checks.mjs) and the benchmarks.
import { spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const BROTLI_MODULE =
  process.env.NGINX_BROTLI_MODULE ?? "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";

/** nginx lives in /usr/sbin on Debian, which is not on every user's PATH. */
export function nginxBinary() {
  if (process.env.NGINX) return process.env.NGINX;
  return existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(url, what, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) break;
    try {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`${what} did not answer on ${url}`);
}

/** One `next start` process; restarted by its supervisor when it exits without being asked to. */
class Replica {
  constructor(port, { bind, env, supervise, log }) {
    Object.assign(this, { port, bind, env, supervise, log, stopping: false, restarts: 0 });
    this.address = `${bind.includes(":") ? `[${bind}]` : bind}:${port}`;
  }

  async start() {
    this.stopping = false;
    const args = [NEXT_BIN, "start", "-p", String(this.port), "-H", this.bind];
    this.child = spawn(process.execPath, args, {
      cwd: ROOT,
      // nginx compresses (next.config.js, `compress`).
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_COMPRESS: "0", ...this.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.output = "";
    const keep = (chunk) => (this.output = (this.output + chunk).slice(-20_000));
    this.child.stdout.on("data", keep);
    this.child.stderr.on("data", keep);
    this.child.on("exit", (code, signal) => {
      if (this.stopping || !this.supervise) return;
      this.log(`replica ${this.address} exited (${signal ?? code}); restarting`);
      this.restarts++;
      setTimeout(() => !this.stopping && this.start().catch((e) => this.log(String(e))), 500);
    });
    await waitFor(`http://${this.address}/en`, `replica ${this.address}`, this.child);
  }

  /** Ends the process at once, as a crash would (the supervisor, if on, starts it again). */
  crash() {
    this.child?.kill("SIGKILL");
  }

  async stop() {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    await Promise.race([new Promise((r) => child.once("exit", r)), sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }

  /** Resolves once the replica answers again (after a crash and its restart). */
  async ready(timeoutMs = 60_000) {
    await waitFor(`http://${this.address}/en`, `replica ${this.address}`, undefined, timeoutMs);
  }
}

/**
 * Starts the replicas and nginx. Ports must be free loopback ports; `bind` is the address the
 * replicas listen on (127.0.0.1 by default, as behind any reverse proxy on the same machine).
 */
export async function startCluster({
  port,
  replicaPorts,
  bind = "127.0.0.1",
  listen = `127.0.0.1:${port}`,
  supervise = true,
  env = {},
  log = () => {},
} = {}) {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")))
    throw new Error("no production build: run `npm run build` first");
  const prefix = mkdtempSync(path.join(os.tmpdir(), "reader-nginx-"));
  // Run as root, nginx's workers drop to an unprivileged user that must reach the cache and temp files.
  chmodSync(prefix, 0o755);
  for (const dir of ["tmp", "cache"]) {
    mkdirSync(path.join(prefix, dir), { recursive: true });
    chmodSync(path.join(prefix, dir), 0o777);
  }
  const replicas = replicaPorts.map((p) => new Replica(p, { bind, env, supervise, log }));
  let nginx;
  const stop = async () => {
    if (nginx && nginx.exitCode === null) {
      nginx.kill("SIGQUIT");
      await Promise.race([new Promise((r) => nginx.once("exit", r)), sleep(5000)]);
      if (nginx.exitCode === null) nginx.kill("SIGKILL");
    }
    await Promise.all(replicas.map((r) => r.stop()));
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await Promise.all(replicas.map((r) => r.start()));
    const template = readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8");
    const servers = replicas
      .map((r) => `    server ${r.address} max_fails=1 fail_timeout=3s;`)
      .join("\n");
    const conf = template
      .replaceAll("{{BROTLI_MODULE}}", BROTLI_MODULE)
      .replaceAll("{{PREFIX}}", prefix)
      .replaceAll("{{LISTEN}}", listen)
      .replaceAll("{{SERVERS}}", servers);
    const confFile = path.join(prefix, "nginx.conf");
    writeFileSync(confFile, conf);
    nginx = spawn(nginxBinary(), ["-p", prefix, "-c", confFile, "-g", "daemon off;"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let nginxOutput = "";
    nginx.stderr.on("data", (d) => (nginxOutput += d));
    nginx.on("error", (e) => (nginxOutput += String(e)));
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitFor(`${base}/en`, "nginx", nginx, 15_000);
    } catch (error) {
      const errorLog = path.join(prefix, "error.log");
      const more = existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "";
      throw new Error(`${error.message}\n${nginxOutput}${more}`.trim());
    }
    return {
      base,
      prefix,
      replicas,
      nginx,
      /** nginx's access log lines so far (deploy/nginx.conf, log_format reader). */
      accessLog: async () => {
        await sleep(1100); // the log is flushed every second
        const file = path.join(prefix, "access.log");
        return existsSync(file) ? readFileSync(file, "utf8").trim().split("\n") : [];
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
