import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { requireDatabaseUrl } from "./database-url";

// One Prisma client per process. Next's dev server re-evaluates modules on every
// change, so the client is kept on globalThis; otherwise each reload would open
// another connection pool. The embedded database is always reached over the Postgres
// protocol (see docs/decisions/0001-embedded-database.md), so there is one code path.
const globalForDb = globalThis as unknown as { voicePortalDb?: PrismaClient };

export function db(): PrismaClient {
  globalForDb.voicePortalDb ??= createClient(requireDatabaseUrl());
  return globalForDb.voicePortalDb;
}

export function createClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  return new PrismaClient({ adapter });
}
