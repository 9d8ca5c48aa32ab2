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
    db: keepQueryCyclesTogether(pglite),
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

// Postgres protocol message types that end a query cycle: Sync (extended protocol),
// Query (simple protocol) and Terminate. A startup message starts with a length byte 0.
const CYCLE_ENDS = new Set(["S".charCodeAt(0), "Q".charCodeAt(0), "X".charCodeAt(0), 0]);

/**
 * pglite-socket multiplexes many connections onto the single PGlite session message by
 * message, and keeps one connection's turn only while a transaction is open. The
 * extended protocol sends Parse, Bind, Execute, Sync as separate messages, so two
 * connections' statements interleaved and overwrote each other's unnamed portal
 * ('portal "" does not exist' under concurrent load). Reporting "in a transaction" from
 * the first message of a cycle until its Sync keeps each cycle on one connection.
 */
function keepQueryCyclesTogether(pglite: PGlite): PGlite {
  let cycleOpen = false;
  return new Proxy(pglite, {
    get(target, property, receiver) {
      if (property === "isInTransaction") return () => cycleOpen || target.isInTransaction();
      if (property === "execProtocolRawStream") {
        return async (message: Uint8Array, ...rest: unknown[]) => {
          const exec = target.execProtocolRawStream.bind(target) as (m: Uint8Array, ...r: unknown[]) => Promise<unknown>;
          try {
            return await exec(message, ...rest);
          } finally {
            cycleOpen = !CYCLE_ENDS.has(message[0] ?? 0);
          }
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
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
