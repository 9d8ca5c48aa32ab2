import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/tenancy/roles";
import { createTestOrganization, createTestUser } from "@/test/fixtures";
import { requireMembership } from "@/lib/tenancy/require-membership";
import { dbPool } from "./client";
import { queryPrepared } from "./prepared-statement";

// The membership check runs on every request as a prepared statement. On the embedded
// PGlite every connection shares one database session, so a statement name prepared on
// one connection exists for all of them: these tests hold several connections at once.

describe("queryPrepared", () => {
  it("answers many requests at once, over several pooled connections, each with its own rows", async () => {
    const text = `SELECT $1::text AS "asked", now() IS NOT NULL AS "ok"`;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => queryPrepared<{ asked: string; ok: boolean }>("prepared-test", text, [`call-${i}`])));
    expect(answers.map(([row]) => row?.asked)).toEqual(Array.from({ length: 40 }, (_, i) => `call-${i}`));
    expect(dbPool().totalCount).toBeGreaterThan(1);
  });

  it("resolves memberships concurrently, and still after the pool replaced its connections", async () => {
    const org = await createTestOrganization("prepared");
    const users = await Promise.all(["owner", "admin", "operator", "viewer"].map((role) => createTestUser(org.id, role as Role)));
    const resolve = () => Promise.all(users.map((user) => requireMembership(org.slug, "viewer", { id: user.id })));
    expect((await resolve()).map((tenant) => tenant.role)).toEqual(["owner", "admin", "operator", "viewer"]);

    // Connections the pool closes give their statements back; new ones prepare afresh.
    const held = await Promise.all(Array.from({ length: 3 }, () => dbPool().connect()));
    for (const client of held) client.release(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await resolve()).map((tenant) => tenant.organizationId)).toEqual(users.map(() => org.id));
  });
});
