import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { MIGRATIONS_DIR } from "./migrations";

// Orders placed before "requestedTns" existed get the numbers their stored request names,
// by the rule the portal applies to a new order (telephoneNumbersOf): ten digits or +1,
// ranges expanded, anything else left out. The migration runs again here, on this test's
// organization only (the database is shared with other test files).

const MIGRATION = readFileSync(path.join(MIGRATIONS_DIR, "20261127060100_order_requested_numbers_data", "migration.sql"), "utf8");

let org: { id: string };

async function orderWithRequest(request: object): Promise<string> {
  const order = await testDb.order.create({
    data: { organizationId: org.id, type: "install", status: "rejected", idempotencyKey: randomUUID(), externalOrderId: `vp-${randomUUID()}`, request },
  });
  return order.id;
}

const requestedOf = async (id: string) => (await testDb.order.findUniqueOrThrow({ where: { id } })).requestedTns;

describe(`the requestedTns data migration (${inject("databaseKind")})`, () => {
  beforeAll(async () => {
    org = await createTestOrganization("requested-numbers");
  });

  it("writes each earlier order's numbers from its request, ranges expanded, other pieces left out", async () => {
    const plain = await orderWithRequest({ tnList: ["6029740007", "+16029740006", "16029740006"] });
    const range = await orderWithRequest({ tnList: [{ startTN: "+13039740101", endTN: "3039740103" }, "3039740199"] });
    const badPieces = await orderWithRequest({ tnList: ["602974000", "abc", { startTN: "3039740105", endTN: "12" }, 3039740110, "3039740111"] });
    const reservation = await orderWithRequest({ productID: "2036", rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 5 }] });

    const scoped = MIGRATION.replace(/;\s*$/, ` AND o."organizationId" = '${org.id}';`);
    expect(scoped).not.toBe(MIGRATION);
    await testDb.$executeRawUnsafe(scoped);

    expect(await requestedOf(plain)).toEqual(["6029740006", "6029740007"]);
    expect(await requestedOf(range)).toEqual(["3039740101", "3039740102", "3039740103", "3039740199"]);
    expect(await requestedOf(badPieces)).toEqual(["3039740110", "3039740111"]);
    expect(await requestedOf(reservation)).toEqual([]);
  });
});
