import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { samplePort } from "@/lib/lumen/schemas/sample-requests";
import type { Tenant } from "@/lib/tenancy/tenant";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { tenantFor } from "@/test/order-fixtures";
import { listFocCalendar } from "./list-foc-calendar";

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
});

describe(`FOC calendar (${inject("databaseKind")})`, () => {
  it("groups the coming weeks' ports by FOC day, with their numbers", async () => {
    const days = await listFocCalendar(staff, NOW);
    expect(days.map((d) => [d.day, d.ports.map((p) => Object.keys(ids).find((k) => ids[k] === p.id))])).toEqual([
      ["2026-12-04", ["els", "cp"]],
      ["2026-12-10", ["li"]],
    ]);
    expect(days[0]!.ports[0]!.tns).toEqual(["3035550101", "3035550102"]);
    expect(days[0]!.ports[1]).toMatchObject({ subAccountName: "Valley Reseller", tns: ["3035550103"] });
  });

  it("derives the cut-over checklist from what the port's request sets", async () => {
    const days = await listFocCalendar(staff, NOW);
    const checklist = (key: string) =>
      Object.fromEntries(days.flatMap((d) => d.ports).find((p) => p.id === ids[key])!.checklist.map((item) => [item.item, item.state]));
    expect(checklist("els")).toEqual({ e911: "done", cnam: "done", directory_listing: "done" });
    expect(checklist("cp")).toEqual({ e911: "attention", cnam: "attention", directory_listing: "attention" });
    expect(checklist("li")).toEqual({ e911: "not_applicable", cnam: "done", directory_listing: "not_applicable" });
    const cp = days[0]!.ports[1]!.checklist.find((item) => item.item === "e911")!;
    expect(cp.detail).toMatch(/Customer-provided/);
  });

  it("shows a reseller only its own ports", async () => {
    const days = await listFocCalendar(reseller, NOW);
    expect(days.flatMap((d) => d.ports.map((p) => p.id))).toEqual([ids.cp]);
  });
});
