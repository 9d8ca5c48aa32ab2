import { mkdirSync, readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// The embedded default: PGlite (Postgres compiled to WebAssembly) serving the Postgres
// protocol on loopback from ONE process. PGlite is single-user, and two opens of one
// data directory corrupt it; Next's dev server and build workers run in several
// processes, so they all connect over TCP instead of opening the files themselves.
// A lock file holds the owner's pid and port: a second launcher finds the live server
// and connects to it rather than opening the directory again.

export interface EmbeddedDatabase {
  url: string;
  /** False when another live process already served this directory and we reused it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface LockFile {
  pid: number;
  port: number;
}

const MAX_CONNECTIONS = 64;

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/**
 * Serves PGlite from `dataDir` (or from memory when `dataDir` is null, for tests).
 * `port` 0 lets the system choose.
 */
export async function startEmbeddedDatabase(options: { dataDir: string | null; port?: number }): Promise<EmbeddedDatabase> {
  const lockPath = options.dataDir ? `${options.dataDir}.lock` : null;
  if (lockPath) {
    const holder = readLiveLock(lockPath);
    if (holder) return { url: embeddedUrl(holder.port), owned: false, stop: async () => {} };
    mkdirSync(path.dirname(lockPath), { recursive: true });
  }

  const pglite = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: MAX_CONNECTIONS,
  });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  if (lockPath) writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port } satisfies LockFile));

  let stopped = false;
  return {
    url: embeddedUrl(port),
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await pglite.close();
      if (lockPath) rmSync(lockPath, { force: true });
    },
  };
}

/** The lock of a server that is still running, or null (no lock, or its owner died). */
function readLiveLock(lockPath: string): LockFile | null {
  if (!existsSync(lockPath)) return null;
  try {
    const lock = JSON.parse(readFileSync(lockPath, "utf8")) as LockFile;
    process.kill(lock.pid, 0); // throws when no such process
    return lock;
  } catch {
    return null;
  }
}
