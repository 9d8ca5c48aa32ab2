import "server-only";
import { db } from "@/lib/db/client";

// The embedded database (PGlite) runs no autovacuum, so without this its planner would
// never learn how large the tables have grown and would plan the dashboard's counts and
// the lists' pages as if every table were empty. ANALYZE reads a fixed-size sample of
// each table, so an hourly run costs little; on PostgreSQL autovacuum does the same, and
// the extra run is harmless.

export const STATISTICS_QUEUE = "refresh-planner-statistics";
export const EVERY_HOUR = "17 * * * *";

export async function refreshPlannerStatistics(): Promise<void> {
  await db().$executeRawUnsafe("ANALYZE");
}
