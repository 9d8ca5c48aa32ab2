import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { requireDatabaseUrl } from "./database-url";

// One Prisma client per process. Next's dev server re-evaluates modules on every
// change, so the client is kept on globalThis; otherwise each reload would open
// another connection pool. The embedded database is always reached over the Postgres
// protocol (see docs/decisions/0001-embedded-database.md), so there is one code path.
const globalForDb = globalThis as unknown as { voicePortalDb?: { prisma: PrismaClient; pool: pg.Pool } };

function connection() {
  if (!globalForDb.voicePortalDb) {
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
    globalForDb.voicePortalDb = { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), pool };
  }
  return globalForDb.voicePortalDb;
}

export function db(): PrismaClient {
  return connection().prisma;
}

/**
 * The same pool Prisma uses, for the few statements every request runs: see
 * prepared-statement.ts.
 */
export function dbPool(): pg.Pool {
  return connection().pool;
}

export function createClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  return new PrismaClient({ adapter });
}
