import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../lib/db/embedded-server";
import { migrateDatabase } from "../lib/db/migrate";

// One migrated database for the whole run: an in-memory PGlite served on loopback by
// default, or a fresh database on the PostgreSQL server named by DATABASE_URL (CI runs
// the suite both ways). Test files share it and keep apart by creating their own
// organizations and users.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "pglite" | "postgresql";
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase({ dataDir: null });
    await migrateDatabase(embedded.url);
    project.provide("databaseUrl", embedded.url);
    project.provide("databaseKind", "pglite");
    return () => embedded.stop();
  }

  const name = `voice_portal_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  project.provide("databaseUrl", url.toString());
  project.provide("databaseKind", "postgresql");
  return async () => {
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  };
}
