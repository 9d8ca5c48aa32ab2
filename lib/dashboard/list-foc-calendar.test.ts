import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { samplePort } from "@/lib/lumen/schemas/sample-requests";
import type { Tenant } from "@/lib/tenancy/tenant";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { tenantFor } from "@/test/order-fixtures";
import { countPortsAwaitingFoc, listFocCalendar } from "./list-foc-calendar";

// The upcoming-FOC calendar for a fixed "now" (Wednesday 2 December 2026), from ports as
// the engine stores them: the request as sent, numbers linked, FOC date from 903.

const NOW = new Date("2026-12-02T15:00:00Z");
let org: Awaited<ReturnType<typeof createTestOrganization>>;
let staff: Tenant;
let reseller: Tenant;
const ids: Record<string, string> = {};

const line = samplePort.subscriberLines[0];
const elsPort = {
  ...samplePort,
  productID: "2042",
  subscriberLines: [
    { ...line, e911Option: "STATIC911", cnam: { customerName: "ACME PLUMBING", blockCustomerName: "N" }, directoryListing: { directoryListingAction: "A", directoryListingType: "1", directoryBusinessName: "Acme" } },
  ],
};
const cpPort = { ...samplePort, productID: "2042", subscriberLines: [{ ...line, e911Option: "CP911", cnam: undefined, directoryListing: undefined }] };
const liPort = { ...samplePort, productID: "2036", subscriberLines: [{ ...line, e911Option: undefined, directoryListing: undefined, cnam: { customerName: "PRAIRIE", blockCustomerName: "Y" } }] };

async function seedPort(key: string, focDate: string, request: unknown, extra: Partial<Prisma.OrderUncheckedCreateInput> = {}, tns: string[] = []) {
  const order = await testDb.order.create({
    data: {
      organizationId: org.id,
      type: "port",
      status: "in_progress",
      productId: (request as { productID: string }).productID,
      idempotencyKey: randomUUID(),
      externalOrderId: `foc-${randomUUID()}`,
      request: JSON.parse(JSON.stringify(request)) as Prisma.InputJsonValue,
      focDate: new Date(focDate),
      ...extra,
    },
  });
  for (const tn of tns) {
    const number = await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId: extra.subAccountId ?? null, tn, status: "pending" } });
    await testDb.orderTelephoneNumber.create({ data: { orderId: order.id, telephoneNumberId: number.id } });
  }
  ids[key] = order.id;
}

beforeAll(async () => {
  org = await createTestOrganization("foc");
  const subAccountId = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Valley Reseller", customerServiceNames: ["VALLEY"] } })).id;
  staff = (await tenantFor(org, "viewer")).tenant;
  reseller = (await tenantFor(org, "viewer", subAccountId)).tenant;
  await seedPort("els", "2026-12-04T00:00:00Z", elsPort, {}, ["3035550102", "3035550101"]);
  await seedPort("cp", "2026-12-04T00:00:00Z", cpPort, { subAccountId }, ["3035550103"]);
  await seedPort("li", "2026-12-10T00:00:00Z", liPort);
  await seedPort("cancelled", "2026-12-04T00:00:00Z", elsPort, { status: "cancelled" });
  await seedPort("yesterday", "2026-12-01T00:00:00Z", elsPort);
  await seedPort("farAway", "2027-02-15T00:00:00Z", elsPort);
  // Brought forward with port now: completed today, and yesterday, ahead of their FOC dates.
  await seedPort("portedNowToday", "2026-12-10T00:00:00Z", liPort, { status: "completed", completedAt: new Date("2026-12-02T14:00:00Z") });
  await seedPort("portedNowYesterday", "2026-12-08T00:00:00Z", liPort, { status: "completed", completedAt: new Date("2026-12-01T14:00:00Z") });
  await seedPort("portedNowFarAhead", "2027-02-15T00:00:00Z", liPort, { status: "completed", completedAt: new Date("2026-12-02T09:00:00Z") });
  await seedPort("completedOnTheDay", "2026-12-04T00:00:00Z", liPort, { status: "completed", completedAt: new Date("2026-12-04T16:00:00Z") });
  // Open at Lumen, no FOC date yet (or never to get one).
  await seedPort("waiting", NOW.toISOString(), elsPort, { focDate: null });
  await seedPort("waitingReseller", NOW.toISOString(), elsPort, { focDate: null, status: "accepted", subAccountId });
  await seedPort("cancelledWithoutFoc", NOW.toISOString(), elsPort, { focDate: null, status: "cancelled" });
  await seedPort("rejectedWithoutFoc", NOW.toISOString(), elsPort, { focDate: null, status: "rejected" });
  await seedPort("notYetSent", NOW.toISOString(), elsPort, { focDate: null, status: "submitting" });
});

describe(`FOC calendar (${inject("databaseKind")})`, () => {
  it("groups the coming weeks' ports by FOC day, with their numbers", async () => {
    const days = await listFocCalendar(staff, NOW);
    expect(days.map((d) => [d.day, d.ports.map((p) => Object.keys(ids).find((k) => ids[k] === p.id))])).toEqual([
      ["2026-12-02", ["portedNowToday", "portedNowFarAhead"]],
      ["2026-12-04", ["els", "cp", "completedOnTheDay"]],
      ["2026-12-10", ["li"]],
    ]);
    const december4 = days.find((d) => d.day === "2026-12-04")!;
    expect(december4.ports[0]!.tns).toEqual(["3035550101", "3035550102"]);
    expect(december4.ports[1]).toMatchObject({ subAccountName: "Valley Reseller", tns: ["3035550103"] });
  });

  it("puts a port brought forward on the day it completed, not on its FOC date, and says which date it skipped", async () => {
    const ports = (await listFocCalendar(staff, NOW)).flatMap((d) => d.ports);
    expect(ports.find((p) => p.id === ids.portedNowToday)).toMatchObject({
      completedEarlyAt: new Date("2026-12-02T14:00:00Z"),
      focDate: new Date("2026-12-10T00:00:00Z"),
    });
    expect(ports.find((p) => p.id === ids.completedOnTheDay)?.completedEarlyAt).toBeNull();
    expect(ports.some((p) => p.id === ids.portedNowYesterday)).toBe(false);
  });

  it("derives the cut-over checklist from what the port's request sets", async () => {
    const days = await listFocCalendar(staff, NOW);
    const checklist = (key: string) =>
      Object.fromEntries(days.flatMap((d) => d.ports).find((p) => p.id === ids[key])!.checklist.map((item) => [item.item, item.state]));
    expect(checklist("els")).toEqual({ e911: "done", cnam: "done", directory_listing: "done" });
    expect(checklist("cp")).toEqual({ e911: "attention", cnam: "attention", directory_listing: "attention" });
    expect(checklist("li")).toEqual({ e911: "not_applicable", cnam: "done", directory_listing: "not_applicable" });
    const cp = days.find((d) => d.day === "2026-12-04")!.ports[1]!.checklist.find((item) => item.item === "e911")!;
    expect(cp.detail).toMatch(/Customer-provided/);
  });

  it("shows a reseller only its own ports", async () => {
    const days = await listFocCalendar(reseller, NOW);
    expect(days.flatMap((d) => d.ports.map((p) => p.id))).toEqual([ids.cp]);
  });

  it("counts the ports open at Lumen that have no FOC date yet, within the tenant's slice", async () => {
    expect(await countPortsAwaitingFoc(staff)).toBe(2);
    expect(await countPortsAwaitingFoc(reseller)).toBe(1);
  });
});
