import { beforeAll, describe, expect, inject, it } from "vitest";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { tenantFor } from "@/test/order-fixtures";
import { listCustomerServiceNames } from "./list-customer-service-names";

// The install form offers a reseller's user only its own customer service names (the
// order engine refuses any other), and the partner's staff every name of their own
// organization, never another organization's.

let org: Awaited<ReturnType<typeof createTestOrganization>>;
let resellerId: string;

beforeAll(async () => {
  org = await createTestOrganization("csn");
  await testDb.organization.update({ where: { id: org.id }, data: { customerServiceNames: ["KNOWN"] } });
  const other = await createTestOrganization("csn-other");
  resellerId = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Reseller", customerServiceNames: ["RES-B", "RES-A"] } })).id;
  await testDb.subAccount.create({ data: { organizationId: org.id, name: "Second reseller", customerServiceNames: ["SECOND"] } });
  await testDb.subAccount.create({ data: { organizationId: other.id, name: "Stranger", customerServiceNames: ["STRANGER"] } });
  await testDb.telephoneNumber.createMany({
    data: [
      { organizationId: org.id, tn: "3039749901", status: "active", customerServiceName: "MAIN" },
      { organizationId: other.id, tn: "3039749902", status: "active", customerServiceName: "OTHER-MAIN" },
    ],
  });
});

describe(`customer service names the install form offers (${inject("databaseKind")})`, () => {
  it("gives a reseller's user exactly its own names, and requires one", async () => {
    const { tenant } = await tenantFor(org, "operator", resellerId);
    expect(await listCustomerServiceNames(tenant)).toEqual({ names: ["RES-A", "RES-B"], required: true });
  });

  it("gives staff the names of their organization only (known in Settings, handed to resellers, seen on numbers), as optional suggestions", async () => {
    const { tenant } = await tenantFor(org, "operator");
    expect(await listCustomerServiceNames(tenant)).toEqual({ names: ["KNOWN", "MAIN", "RES-A", "RES-B", "SECOND"], required: false });
  });
});
