import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET as getDashboardRoute } from "@/app/api/orgs/[org]/dashboard/route";
import type { Prisma } from "@/lib/db/generated/client";
import { addBusinessDays } from "@/lib/lumen/business-days";
import type { Tenant } from "@/lib/tenancy/tenant";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { tenantFor } from "@/test/order-fixtures";
import { placeAgainKey } from "@/lib/orders/placed-again";
import { getDashboard } from "./get-dashboard";

// The dashboard's data for a fixed "now" (Wednesday 2 December 2026, 15:00 UTC), from
// orders seeded straight into the database as the order engine and ingestion leave them.

const NOW = new Date("2026-12-02T15:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
let otherOrg: Org;
let staff: { user: { id: string }; tenant: Tenant };
let reseller: { user: { id: string }; tenant: Tenant };
const ids: Record<string, string> = {};

async function seedOrder(key: string, data: Omit<Prisma.OrderUncheckedCreateInput, "organizationId" | "idempotencyKey" | "externalOrderId" | "request"> & { organizationId?: string; request?: Prisma.InputJsonValue }) {
  const order = await testDb.order.create({
    data: { organizationId: org.id, idempotencyKey: randomUUID(), externalOrderId: `dash-${randomUUID()}`, request: {}, ...data },
  });
  ids[key] = order.id;
  return order;
}

beforeAll(async () => {
  org = await createTestOrganization("dash");
  otherOrg = await createTestOrganization("dash-other");
  const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Plains Reseller", customerServiceNames: ["PLAINS"] } });
  staff = await tenantFor(org, "viewer");
  reseller = await tenantFor(org, "viewer", sub.id);

  await seedOrder("reservedToday", { type: "reserve", status: "completed", createdAt: ago(HOUR) });
  await seedOrder("awaiting", {
    type: "reserve",
    status: "awaiting_approval",
    subAccountId: sub.id,
    createdAt: ago(HOUR / 2),
    approvalDeadline: new Date(NOW.getTime() + 2 * HOUR),
    availableQuantity: 7,
  });
  await seedOrder("installed", { type: "install", status: "completed", createdAt: ago(3 * DAY) });
  await seedOrder("rejected", {
    type: "reserve",
    status: "rejected",
    createdAt: ago(2 * DAY),
    completedAt: ago(2 * DAY - HOUR),
    lumenCode: 1648,
    lumenMessage: "Utilization below 75 percent.",
  });
  await seedOrder("portSoon", { type: "port", status: "in_progress", createdAt: ago(10 * DAY), focDate: addBusinessDays(new Date("2026-12-02T00:00:00Z"), 3) });
  await seedOrder("portLater", { type: "port", status: "in_progress", createdAt: ago(10 * DAY), focDate: addBusinessDays(new Date("2026-12-02T00:00:00Z"), 10) });
  await seedOrder("oldReservation", { type: "reserve", status: "completed", createdAt: ago(40 * DAY) });
  await testDb.order.create({
    data: { organizationId: otherOrg.id, type: "reserve", status: "rejected", idempotencyKey: randomUUID(), externalOrderId: `dash-${randomUUID()}`, request: {}, createdAt: ago(HOUR), lumenCode: 1648 },
  });

  const numbers: Array<[string, string, string, "active" | "reserved", string | null]> = [
    ["4025550001", "OMAHA", "NE", "active", null],
    ["4025550002", "OMAHA", "NE", "active", null],
    ["4025550003", "OMAHA", "NE", "active", null],
    ["4025550004", "OMAHA", "NE", "reserved", null],
    ["2065550001", "SEATTLE", "WA", "reserved", sub.id],
  ];
  for (const [tn, rateCenter, state, status, subAccountId] of numbers) {
    await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId, tn, rateCenter, state, status } });
  }
  for (const [key, code, subAccountId, orderId, receivedAt] of [
    ["n902", 902, null, ids.installed, ago(2 * HOUR)],
    ["n10001", 10001, sub.id, ids.awaiting, ago(HOUR)],
  ] as const) {
    await testDb.notification.create({
      data: {
        organizationId: org.id,
        subAccountId,
        orderId,
        source: "webhook",
        dedupeKey: `${key}-${randomUUID()}`,
        rawBody: "<PartnerNotification/>",
        notificationCode: code,
        notificationMessage: `Lumen's message for ${code}`,
        outcome: "applied",
        receivedAt,
      },
    });
  }
});

describe(`dashboard data (${inject("databaseKind")})`, () => {
  it("counts the period's orders by status, type and day", async () => {
    const totals = await Promise.all((["today", "7d", "30d", "90d"] as const).map(async (p) => (await getDashboard(staff.tenant, p, NOW)).totalInPeriod));
    expect(totals).toEqual([2, 4, 6, 7]);

    const week = await getDashboard(staff.tenant, "7d", NOW);
    expect(week.hasOrders).toBe(true);
    expect(week.byStatus).toMatchObject({ completed: 2, rejected: 1, awaiting_approval: 1, in_progress: 0 });
    expect(week.byType).toMatchObject({ reserve: 3, install: 1, port: 0 });
    expect(week.daily.map((d) => d.day)).toEqual(["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]);
    expect(week.daily.at(-1)).toEqual({ day: "2026-12-02", reservations: 2, installs: 0 });
    expect(week.daily.find((d) => d.day === "2026-11-29")).toEqual({ day: "2026-11-29", reservations: 0, installs: 1 });
  });

  it("lists what needs the partner: approvals with their deadline, rejections with their code, FOCs in the next 5 business days", async () => {
    const { needsYou } = await getDashboard(staff.tenant, "7d", NOW);
    expect(needsYou.awaitingApproval).toEqual([
      expect.objectContaining({ id: ids.awaiting, approvalDeadline: "2026-12-02T17:00:00.000Z", availableQuantity: 7, subAccountName: "Plains Reseller" }),
    ]);
    expect(needsYou.rejections).toEqual([
      expect.objectContaining({ id: ids.rejected, lumenCode: 1648, summary: expect.stringContaining("less than 75 %") }),
    ]);
    expect(needsYou.upcomingFocs.map((p) => p.id)).toEqual([ids.portSoon]);
    // Rejections belong to the period: none today.
    expect((await getDashboard(staff.tenant, "today", NOW)).needsYou.rejections).toEqual([]);
  });

  it("feeds the latest notifications, newest first, with their code in plain words", async () => {
    const { notifications } = await getDashboard(staff.tenant, "7d", NOW);
    expect(notifications.map((n) => n.code)).toEqual([10001, 902]);
    expect(notifications.find((n) => n.code === 902)).toMatchObject({ orderId: ids.installed, summary: "Installed: the numbers are active." });
  });

  it("measures utilization per rate center from the mirror", async () => {
    const { utilization } = await getDashboard(staff.tenant, "7d", NOW);
    expect(utilization).toEqual([
      { rateCenter: "OMAHA", state: "NE", active: 3, reserved: 1, percent: 75 },
      { rateCenter: "SEATTLE", state: "WA", active: 0, reserved: 1, percent: 0 },
    ]);
  });

  it("shows a reseller only its own slice", async () => {
    const data = await getDashboard(reseller.tenant, "90d", NOW);
    expect(data.totalInPeriod).toBe(1);
    expect(data.byStatus.awaiting_approval).toBe(1);
    expect(data.needsYou.awaitingApproval.map((o) => o.id)).toEqual([ids.awaiting]);
    expect(data.needsYou.rejections).toEqual([]);
    expect(data.needsYou.upcomingFocs).toEqual([]);
    expect(data.notifications.map((n) => n.code)).toEqual([10001]);
    expect(data.utilization.map((u) => u.rateCenter)).toEqual(["SEATTLE"]);
  });

  it("knows an organization without orders", async () => {
    const empty = await createTestOrganization("dash-empty");
    const { tenant } = await tenantFor(empty, "viewer");
    const data = await getDashboard(tenant, "30d", NOW);
    expect(data).toMatchObject({ hasOrders: false, totalInPeriod: 0, notifications: [], utilization: [] });
    expect(data.daily).toHaveLength(30);
  });
});

describe(`GET /api/orgs/[org]/dashboard (${inject("databaseKind")})`, () => {
  const call = async (userId: string | null, slug: string, query = "") => {
    const response = await getDashboardRoute(await requestAs(userId, `/api/orgs/${slug}/dashboard${query}`), routeParams({ org: slug }));
    return { status: response.status, body: await response.json() };
  };

  it("answers every role of the organization, in the period asked for", async () => {
    for (const role of ["viewer", "operator", "admin", "owner"] as const) {
      const user = await createTestUser(org.id, role);
      const { status, body } = await call(user.id, org.slug, "?period=30d");
      expect(status).toBe(200);
      expect(body).toMatchObject({ period: "30d", hasOrders: true });
      expect(body.daily).toHaveLength(30);
    }
    // An unknown period reads as the default week rather than failing the dashboard.
    expect((await call(staff.user.id, org.slug, "?period=forever")).body.period).toBe("7d");
  });

  it("gives a reseller its slice only", async () => {
    const { body } = await call(reseller.user.id, org.slug);
    expect(body.needsYou.awaitingApproval.map((o: { id: string }) => o.id)).toEqual([ids.awaiting]);
    expect(body.notifications.map((n: { code: number }) => n.code)).toEqual([10001]);
  });

  it("answers 401 without a session and 404 to another organization's member", async () => {
    expect((await call(null, org.slug)).status).toBe(401);
    const stranger = await createTestUser(otherOrg.id, "owner");
    const other = await call(stranger.id, org.slug);
    const missing = await call(stranger.id, "no-such-org");
    expect(other).toEqual({ status: 404, body: missing.body });
  });
});

describe(`orders that never reached Lumen, on the dashboard (${inject("databaseKind")})`, () => {
  it("lists the period's failed orders nobody placed again, newest first, each side its own", async () => {
    const outage = await createTestOrganization("dash-outage");
    const sub = await testDb.subAccount.create({ data: { organizationId: outage.id, name: "Outage Reseller", customerServiceNames: [] } });
    const failed = async (hoursAgo: number, subAccountId: string | null = null) =>
      (
        await testDb.order.create({
          data: { organizationId: outage.id, subAccountId, type: "install", status: "failed", idempotencyKey: randomUUID(), externalOrderId: `dash-${randomUUID()}`, request: {}, createdAt: ago(hoursAgo * HOUR), updatedAt: ago(hoursAgo * HOUR) },
        })
      ).id;
    const older = await failed(30);
    const recent = await failed(2);
    const resellers = await failed(1, sub.id);
    const placedAgain = await failed(3);
    const lastMonth = await failed(24 * 20);
    await testDb.order.create({
      data: { organizationId: outage.id, type: "install", status: "accepted", idempotencyKey: placeAgainKey(placedAgain), externalOrderId: `dash-${randomUUID()}`, request: {}, createdAt: ago(HOUR) },
    });

    const staffView = await tenantFor(outage, "viewer");
    const week = await getDashboard(staffView.tenant, "7d", NOW);
    expect(week.needsYou.unplaced.map((o) => o.id)).toEqual([resellers, recent, older]);
    expect(week.needsYou.unplaced[0]).toMatchObject({ subAccountName: "Outage Reseller", failedAt: ago(HOUR).toISOString() });
    expect(week.needsYou.unplaced.map((o) => o.id)).not.toContain(lastMonth);
    expect((await getDashboard(staffView.tenant, "today", NOW)).needsYou.unplaced.map((o) => o.id)).toEqual([resellers, recent]);

    const resellerView = await tenantFor(outage, "viewer", sub.id);
    expect((await getDashboard(resellerView.tenant, "7d", NOW)).needsYou.unplaced.map((o) => o.id)).toEqual([resellers]);
    // Nothing failed in the other organization's slice.
    expect((await getDashboard(staff.tenant, "90d", NOW)).needsYou.unplaced).toEqual([]);
  });
});
