import path from "node:path";
import { startEmbeddedDatabase } from "../lib/db/embedded-server";
import { migrateDatabase } from "../lib/db/migrate";
import { dataDir } from "./portal-env";

/**
 * Runs `work` against DATABASE_URL, or against the embedded database (joining the
 * running portal's server when there is one, starting it otherwise), migrated first.
 */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
  const url = process.env.DATABASE_URL ?? embedded!.url;
  try {
    await migrateDatabase(url);
    return await work(url);
  } finally {
    await embedded?.stop();
  }
}
