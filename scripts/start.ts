// npm start / npm run dev — the portal on its embedded defaults, or on what the
// environment names. Starts (when not configured otherwise) the embedded PGlite
// database and the Lumen sandbox, applies migrations, then runs Next.js.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, statSync, readdirSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded-server";
import { migrateDatabase } from "../lib/db/migrate";
import { redactDatabaseUrl } from "../lib/db/database-url";
import { dataDir, ensureSecretKey } from "./portal-env";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[portal] ${line}`);
const children: ChildProcess[] = [];
let embedded: EmbeddedDatabase | null = null;

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.PORTAL_SECRET_KEY = ensureSecretKey(log);
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  // Nothing leaves this machine that the operator did not ask for.
  env.NEXT_TELEMETRY_DISABLED ??= "1";

  if (env.DATABASE_URL) {
    log(`Database: ${redactDatabaseUrl(env.DATABASE_URL)}`);
  } else {
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
    env.DATABASE_URL = embedded.url;
    log(`Database: embedded PGlite in ${path.join(dataDir, "pglite")} (${embedded.owned ? "started" : "already running"} at ${embedded.url})`);
  }
  const { applied } = await migrateDatabase(env.DATABASE_URL);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

  if (!env.LUMEN_BASE_URL) env.LUMEN_BASE_URL = await startSandbox(env);
  log(`Lumen API: ${env.LUMEN_BASE_URL}`);

  if (mode === "start" && needsBuild()) {
    log("Building the portal (next build)…");
    await run(bin("next"), ["build"], env);
  }
  log(`Portal: http://localhost:${port}`);
  const next = spawnChild(bin("next"), [mode, "-p", String(port), ...keepAliveArgs()], env);
  next.on("exit", (code) => shutdown(code ?? 0));
}

/**
 * Node closes an idle keep-alive connection after 5 s. A client that sends on
 * it at that moment (a reverse proxy, an API script, a test runner) gets a reset
 * instead of an answer. Holding idle connections longer than the usual proxy
 * idle time (60 s) leaves the closing to the client. Only `next start` takes
 * the option; the dev server keeps Node's default.
 */
function keepAliveArgs(): string[] {
  return mode === "start" ? ["--keepAliveTimeout", "65000"] : [];
}

async function startSandbox(env: NodeJS.ProcessEnv): Promise<string> {
  const sandboxPort = Number(env.SANDBOX_PORT ?? 4010);
  const url = `http://127.0.0.1:${sandboxPort}`;
  if (await answers(url)) {
    log(`Sandbox already running at ${url}; using it.`);
    return url;
  }
  spawnChild(bin("tsx"), ["scripts/sandbox.ts"], {
    ...env,
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_DATA_DIR: env.SANDBOX_DATA_DIR ?? path.join(dataDir, "sandbox"),
    // The seeded customers' notifications come to this portal, whatever its port.
    SANDBOX_WEBHOOK_HOST: env.SANDBOX_WEBHOOK_HOST ?? `http://127.0.0.1:${port}`,
  });
  // Two minutes: on a busy two-core machine compiling the sandbox alone can take half of that.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (await answers(url)) return url;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The Lumen sandbox did not start on ${url} within two minutes.`);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/** A production build is reused until a source file is newer than it. */
function needsBuild(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  // A folder's own time changes when a file in it is added or removed: that counts too.
  const newer = (entry: string): boolean => {
    const stat = statSync(entry);
    if (stat.mtimeMs > built) return true;
    return stat.isDirectory() && readdirSync(entry).some((child) => newer(path.join(entry, child)));
  };
  return ["app", "components", "lib", "public", "next.config.mjs", "package-lock.json"].some((p) => existsSync(p) && newer(p));
}

// Children stay in the launcher's process group, so Ctrl+C in a terminal or a
// supervisor that kills the group stops them all; they are started from
// node_modules/.bin directly (not through npx) so a signal reaches the real process.
function spawnChild(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { env, stdio: "inherit" });
  children.push(child);
  return child;
}

const bin = (name: string) => path.join("node_modules", ".bin", name);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    spawnChild(command, args, env).on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) child.kill("SIGTERM");
  // The portal's connections (its background jobs' among them) close before the embedded
  // database stops under them; a child that hangs does not hold the shutdown for long.
  const exited = running.map((child) => new Promise((resolve) => child.once("exit", resolve)));
  await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  await embedded?.stop();
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
main().catch(async (error: unknown) => {
  console.error(`[portal] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
