import { describe, expect, it } from "vitest";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { refreshPlannerStatistics } from "./refresh-planner-statistics";

// The embedded database has no autovacuum: the hourly job is what tells its planner how
// many rows a table holds.
describe("refreshing the planner's statistics", () => {
  it("lets the planner see the rows written since", async () => {
    const org = await createTestOrganization("statistics");
    await testDb.$executeRaw`
      INSERT INTO "AuditLog" ("id", "organizationId", "action", "createdAt")
      SELECT 'stat-' || g, ${org.id}, 'statistics.test', now() FROM generate_series(1, 2000) AS g`;
    await refreshPlannerStatistics();
    const [row] = await testDb.$queryRaw<Array<{ reltuples: number }>>`SELECT reltuples::float8 AS reltuples FROM pg_class WHERE relname = 'AuditLog'`;
    expect(row!.reltuples).toBeGreaterThanOrEqual(2000);
  });
});
