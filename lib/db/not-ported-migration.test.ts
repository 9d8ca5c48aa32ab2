import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { OrderStatus, OrderType, TelephoneNumberStatus } from "@/lib/db/generated/enums";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { MIGRATIONS_DIR } from "./migrations";

// Numbers recorded as disconnected before `not_ported` existed, only because their port did
// not go through, become not_ported; a number any other order decided stays as it was.
// The migration is run again here on numbers written as the old rule left them.

const MIGRATION = readFileSync(path.join(MIGRATIONS_DIR, "20261127050100_numbers_not_ported_data", "migration.sql"), "utf8");

let org: { id: string };

async function numberWithOrders(status: TelephoneNumberStatus, orders: Array<[OrderType, OrderStatus]>): Promise<string> {
  const tn = `30355${String(Math.floor(Math.random() * 100_000)).padStart(5, "0")}`;
  const number = await testDb.telephoneNumber.create({ data: { organizationId: org.id, tn, status } });
  for (const [type, orderStatus] of orders) {
    const order = await testDb.order.create({
      data: { organizationId: org.id, type, status: orderStatus, idempotencyKey: randomUUID(), externalOrderId: `vp-${randomUUID()}`, request: {} },
    });
    await testDb.orderTelephoneNumber.create({ data: { orderId: order.id, telephoneNumberId: number.id } });
  }
  return number.id;
}

const statusOf = async (id: string) => (await testDb.telephoneNumber.findUniqueOrThrow({ where: { id } })).status;

describe(`the not_ported data migration (${inject("databaseKind")})`, () => {
  beforeAll(async () => {
    org = await createTestOrganization("not-ported");
  });

  it("marks only numbers whose sole deciding order is a port that did not go through", async () => {
    const cancelledPort = await numberWithOrders("disconnected", [["port", "cancelled"]]);
    const rejectedPortWithChange = await numberWithOrders("disconnected", [["port", "rejected"], ["change", "completed"]]);
    const failedPort = await numberWithOrders("disconnected", [["port", "failed"]]);
    const portedThenDisconnected = await numberWithOrders("disconnected", [["port", "completed"], ["disconnect", "completed"]]);
    const refusedRePort = await numberWithOrders("disconnected", [["install", "completed"], ["disconnect", "completed"], ["port", "rejected"]]);
    const disconnectedOnly = await numberWithOrders("disconnected", [["disconnect", "completed"]]);
    const activeAfterRetry = await numberWithOrders("active", [["port", "cancelled"], ["port", "completed"]]);

    await testDb.$executeRawUnsafe(MIGRATION);

    expect(await statusOf(cancelledPort)).toBe("not_ported");
    expect(await statusOf(rejectedPortWithChange)).toBe("not_ported");
    expect(await statusOf(failedPort)).toBe("not_ported");
    expect(await statusOf(portedThenDisconnected)).toBe("disconnected");
    expect(await statusOf(refusedRePort)).toBe("disconnected");
    expect(await statusOf(disconnectedOnly)).toBe("disconnected");
    expect(await statusOf(activeAfterRetry)).toBe("active");
  });
});
