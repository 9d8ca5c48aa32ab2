import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-server";
import { migrateDatabase } from "./migrate";
import { shapeFromDatabase, shapeFromPrismaSchema } from "./schema-shape";

const expected = shapeFromPrismaSchema(readFileSync("prisma/schema.prisma", "utf8"));

describe(`migrations build exactly what schema.prisma describes (${inject("databaseKind")})`, () => {
  it("has the same enums, columns, indexes and foreign keys", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      expect(await shapeFromDatabase(client)).toEqual(expected);
    } finally {
      await client.end();
    }
  });

  it("describes every model of the schema", () => {
    for (const table of ["Organization", "SubAccount", "User", "Membership", "AuditLog"]) {
      expect(Object.keys(expected.columns).some((column) => column.startsWith(`${table}.`))).toBe(true);
    }
  });
});

describe("the drift check notices a change the schema does not describe", () => {
  let scratch: EmbeddedDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    scratch = await startEmbeddedDatabase({ dataDir: null });
    await migrateDatabase(scratch.url);
    client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await scratch.stop();
  });

  it.each([
    [`ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL`, "columns"],
    [`DROP INDEX "Membership_subAccountId_idx"`, "indexes"],
    [`ALTER TYPE "Role" ADD VALUE 'auditor'`, "enums"],
    [`ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_actorUserId_fkey"`, "foreignKeys"],
  ] as const)("%s", async (statement, part) => {
    await client.query("BEGIN");
    try {
      await client.query(statement);
      const actual = await shapeFromDatabase(client);
      expect(actual[part]).not.toEqual(expected[part]);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
