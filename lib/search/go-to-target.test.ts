import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { tenantFor } from "@/test/order-fixtures";
import { ORDER_SEARCH_MAX_LENGTH } from "@/lib/orders/list-orders-schema";
import type { Tenant } from "@/lib/tenancy/tenant";
import { goToTarget } from "./go-to-target";

// The header's "Go to" box: what a user types, and the page it opens. Only what the user
// may see is ever matched; the rest is searched on the orders list, which says when
// nothing matches.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
let staff: Tenant;
let reseller: Tenant;
const ids: Record<string, { id: string; voiceOrderId: string; externalOrderId: string }> = {};
const suffix = randomUUID().slice(0, 6).toUpperCase();

async function order(key: string, organizationId: string, subAccountId: string | null, requestedTns: string[] = []) {
  const row = await testDb.order.create({
    data: {
      organizationId,
      subAccountId,
      type: "install",
      status: "accepted",
      idempotencyKey: randomUUID(),
      voiceOrderId: `VO${suffix}${key.toUpperCase()}`,
      externalOrderId: `vp-${key}-${randomUUID()}`,
      request: {},
      requestedTns,
    },
  });
  ids[key] = { id: row.id, voiceOrderId: row.voiceOrderId!, externalOrderId: row.externalOrderId };
}

beforeAll(async () => {
  org = await createTestOrganization("goto");
  const other = await createTestOrganization("goto-other");
  const sub = await testDb.subAccount.create({ data: { organizationId: org.id, name: "Go Reseller", customerServiceNames: [] } });
  staff = (await tenantFor(org, "viewer")).tenant;
  reseller = (await tenantFor(org, "operator", sub.id)).tenant;
  await testDb.telephoneNumber.create({ data: { organizationId: org.id, tn: "3035550001", status: "active" } });
  await testDb.telephoneNumber.create({ data: { organizationId: org.id, subAccountId: sub.id, tn: "3035550002", status: "active" } });
  await order("staff", org.id, null, ["3035550009"]);
  await order("resold", org.id, sub.id);
  await order("other", other.id, null);
});

const go = (tenant: Tenant, q: string) => goToTarget(tenant, org.slug, q);

describe("Go to", () => {
  it("opens a number's page however the number is written", async () => {
    for (const typed of ["3035550001", "(303) 555-0001", "+1 303-555-0001", " 13035550001 "]) {
      expect(await go(staff, typed)).toBe(`/${org.slug}/numbers/3035550001`);
    }
    // Staff see their resellers' numbers, and may look any other number up at Lumen from its page.
    expect(await go(staff, "3035550002")).toBe(`/${org.slug}/numbers/3035550002`);
    expect(await go(staff, "7205550100")).toBe(`/${org.slug}/numbers/7205550100`);
  });

  it("sends a number only an order asked for to the orders that did", async () => {
    expect(await go(staff, "303 555 0009")).toBe(`/${org.slug}/orders?q=303%20555%200009`);
  });

  it("opens an order by Lumen's voice order ID, our external order ID or the portal's ID, in either case", async () => {
    const { id, voiceOrderId, externalOrderId } = ids.staff!;
    for (const typed of [voiceOrderId, voiceOrderId.toLowerCase(), externalOrderId, externalOrderId.toUpperCase(), id]) {
      expect(await go(staff, typed)).toBe(`/${org.slug}/orders/${id}`);
    }
    expect(await go(staff, ids.resold!.voiceOrderId)).toBe(`/${org.slug}/orders/${ids.resold!.id}`);
  });

  it("never opens what the user may not see: another organization's order, or for a reseller the partner's", async () => {
    expect(await go(staff, ids.other!.voiceOrderId)).toBe(`/${org.slug}/orders?q=${ids.other!.voiceOrderId}`);
    expect(await go(reseller, ids.staff!.voiceOrderId)).toBe(`/${org.slug}/orders?q=${ids.staff!.voiceOrderId}`);
    expect(await go(reseller, ids.resold!.voiceOrderId)).toBe(`/${org.slug}/orders/${ids.resold!.id}`);
    expect(await go(reseller, "3035550002")).toBe(`/${org.slug}/numbers/3035550002`);
    expect(await go(reseller, "3035550001")).toBe(`/${org.slug}/orders?q=3035550001`);
  });

  it("searches the orders list for anything else, and opens the list for nothing", async () => {
    expect(await go(staff, "Larimer & Co")).toBe(`/${org.slug}/orders?q=Larimer%20%26%20Co`);
    // No longer than the orders list's search takes, so the list never refuses what it is sent.
    expect(await go(staff, "x".repeat(300))).toBe(`/${org.slug}/orders?q=${"x".repeat(ORDER_SEARCH_MAX_LENGTH)}`);
    expect(await go(staff, "   ")).toBe(`/${org.slug}/orders`);
  });
});
