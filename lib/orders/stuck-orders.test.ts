import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tenant } from "@/lib/tenancy/tenant";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { tenantFor } from "@/test/order-fixtures";
import { listStuckOrders } from "./stuck-orders";

// The ledger of what each open order should have heard by a fixed "now" (Wednesday
// 2 December 2026, 15:00 UTC; Thursday 26 November was Thanksgiving). For every
// expectation one order that has missed it and one that has not yet.

const NOW = new Date("2026-12-02T15:00:00Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

let org: Awaited<ReturnType<typeof createTestOrganization>>;
let staff: Tenant;
let reseller: Tenant;
let subAccountId: string;
const ids: Record<string, string> = {};

type Seed = Omit<Prisma.OrderUncheckedCreateInput, "organizationId" | "idempotencyKey" | "externalOrderId" | "request"> & { request?: Prisma.InputJsonValue };

async function seed(key: string, data: Seed) {
  const order = await testDb.order.create({
    data: { organizationId: org.id, idempotencyKey: randomUUID(), externalOrderId: `stuck-${randomUUID()}`, request: {}, ...data },
  });
  ids[key] = order.id;
}

beforeAll(async () => {
  org = await createTestOrganization("stuck");
  subAccountId = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Lakes Reseller", customerServiceNames: ["LAKES"] } })).id;
  staff = (await tenantFor(org, "viewer")).tenant;
  reseller = (await tenantFor(org, "viewer", subAccountId)).tenant;

  // A crash between writing and sending: 5 minutes.
  await seed("submittingLong", { type: "install", status: "submitting", createdAt: ago(6 * MINUTE) });
  await seed("unconfirmedRecent", { type: "install", status: "unconfirmed", createdAt: ago(4 * MINUTE) });
  // The 4-hour approval window.
  await seed("approvalExpired", { type: "reserve", status: "awaiting_approval", createdAt: ago(5 * HOUR), approvalDeadline: ago(MINUTE), subAccountId });
  await seed("approvalOpen", { type: "reserve", status: "awaiting_approval", createdAt: ago(3 * HOUR), approvalDeadline: new Date(NOW.getTime() + HOUR) });
  // A reservation silent for an hour; one that heard 30 minutes ago.
  await seed("reservationSilent", { type: "reserve", status: "accepted", createdAt: ago(2 * HOUR), subAccountId });
  await seed("reservationHeard", { type: "reserve", status: "in_progress", createdAt: ago(3 * HOUR), lastNotificationAt: ago(30 * MINUTE) });
  // An install an hour after acceptance without 902; finished ones are never stuck.
  await seed("installLate", { type: "install", status: "accepted", createdAt: ago(61 * MINUTE) });
  await seed("installOnTime", { type: "install", status: "in_progress", createdAt: ago(59 * MINUTE), lastNotificationAt: ago(50 * MINUTE) });
  await seed("installDone", { type: "install", status: "completed", createdAt: ago(24 * HOUR) });
  // No FOC three business days after acceptance: from Thanksgiving, due Tuesday 1 December.
  await seed("portNoFoc", { type: "port", status: "accepted", createdAt: new Date("2026-11-26T10:00:00Z") });
  await seed("portAwaitingFoc", { type: "port", status: "accepted", createdAt: new Date("2026-11-30T10:00:00Z") });
  // Past the FOC date and the end of the next business day.
  await seed("portPastFoc", { type: "port", status: "in_progress", createdAt: new Date("2026-11-16T10:00:00Z"), focDate: new Date("2026-11-30T00:00:00Z") });
  await seed("portCuttingOver", { type: "port", status: "in_progress", createdAt: new Date("2026-11-16T10:00:00Z"), focDate: new Date("2026-12-01T00:00:00Z") });
  // A disconnect past its requested day.
  await seed("disconnectLate", { type: "disconnect", status: "accepted", createdAt: ago(72 * HOUR), request: { tnList: ["3035550100"], customerRequestDate: "2026-12-01T00:00:00Z" } });
  await seed("disconnectToday", { type: "disconnect", status: "accepted", createdAt: ago(72 * HOUR), request: { tnList: ["3035550101"], customerRequestDate: "2026-12-02T00:00:00Z" } });
});

const byOrder = (groups: Awaited<ReturnType<typeof listStuckOrders>>) =>
  Object.fromEntries(groups.flatMap((g) => g.orders).map((o) => [Object.keys(ids).find((k) => ids[k] === o.id), o.expectation]));

describe(`stuck orders (${inject("databaseKind")})`, () => {
  it("lists each open order that missed its expectation, and none that has not", async () => {
    expect(byOrder(await listStuckOrders(staff, NOW))).toEqual({
      submittingLong: "answer_recorded",
      approvalExpired: "approval_settled",
      reservationSilent: "reservation_completed",
      installLate: "install_completed",
      portNoFoc: "port_foc_set",
      portPastFoc: "port_completed",
      disconnectLate: "disconnect_completed",
    });
  });

  it("groups by sub-account, the organization's own first, longest waiting first, with what was expected and since when", async () => {
    const groups = await listStuckOrders(staff, NOW);
    expect(groups.map((g) => g.subAccount?.name ?? null)).toEqual([null, "Lakes Reseller"]);
    const own = groups[0]!.orders;
    expect(own[0]).toMatchObject({ id: ids.portPastFoc, waitingSince: new Date("2026-11-16T10:00:00Z"), overdueAt: new Date("2026-12-02T00:00:00Z") });
    expect(own.find((o) => o.id === ids.portNoFoc)).toMatchObject({ expected: "An FOC date (903)", overdueAt: new Date("2026-12-01T10:00:00Z") });
    expect(groups[1]!.orders.map((o) => o.id)).toEqual([ids.approvalExpired, ids.reservationSilent]);
  });

  it("measures the wait from the latest notification when one came", async () => {
    await testDb.order.update({ where: { id: ids.installLate }, data: { lastNotificationAt: ago(40 * MINUTE) } });
    const install = (await listStuckOrders(staff, NOW)).flatMap((g) => g.orders).find((o) => o.id === ids.installLate);
    expect(install).toMatchObject({ expectation: "install_completed", waitingSince: ago(40 * MINUTE) });
  });

  it("shows a reseller only its own stuck orders", async () => {
    const groups = await listStuckOrders(reseller, NOW);
    expect(groups.map((g) => g.subAccount?.id)).toEqual([subAccountId]);
    expect(byOrder(groups)).toEqual({ approvalExpired: "approval_settled", reservationSilent: "reservation_completed" });
  });
});
