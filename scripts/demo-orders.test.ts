import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestUser, testDb } from "@/test/fixtures";
import { createSandboxOrganization, startSandboxAtNow } from "@/test/order-fixtures";
import { DEMO_PARTNER } from "./demo-partner";
import { placeDemoOrders } from "./demo-orders";

// The demo's orders, placed for the sandbox's Bluebird (the demo partner's customer
// number) as `npm run seed:demo` places them: every one accepted, and a second seed finds
// them instead of placing them again. Keeps the demo from breaking silently when a rule
// of the contract changes.

let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
const users = { owner: "", operator: "", reseller: "" };

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "bluebird");
  const reseller = await testDb.subAccount.create({
    data: { organizationId: org.id, name: DEMO_PARTNER.reseller.name, customerServiceNames: [...DEMO_PARTNER.reseller.customerServiceNames] },
  });
  users.owner = (await createTestUser(org.id, "owner")).id;
  users.operator = (await createTestUser(org.id, "operator")).id;
  users.reseller = (await createTestUser(org.id, "operator", { subAccountId: reseller.id })).id;
});

afterAll(() => sandbox.close());

describe(`the demo's orders (${inject("databaseKind")})`, () => {
  it("are all accepted by the sandbox, the reseller's in its own slice, and found again by a second seed", async () => {
    const first = await placeDemoOrders(org.slug, users);
    expect(first.filter((line) => line.includes("not placed"))).toEqual([]);
    const orders = await testDb.order.findMany({ where: { organizationId: org.id }, select: { type: true, status: true, subAccountId: true } });
    expect(orders.map((o) => o.type).sort()).toEqual(["disconnect", "install", "install", "port", "reserve"]);
    expect(orders.every((o) => o.status === "accepted" || o.status === "in_progress")).toBe(true);
    expect(orders.filter((o) => o.subAccountId !== null)).toHaveLength(1);

    const again = await placeDemoOrders(org.slug, users);
    expect(again.slice(1).every((line) => line.endsWith("placed by an earlier run."))).toBe(true);
    expect(await testDb.order.count({ where: { organizationId: org.id } })).toBe(5);
  });
});
