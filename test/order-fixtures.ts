import { randomUUID } from "node:crypto";
import { sealSecret } from "@/lib/crypto/secret-box";
import { addBusinessDays } from "@/lib/lumen/business-days";
import { APPS, startTestSandbox, type TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { requireMembership } from "@/lib/tenancy/require-membership";
import type { Role } from "@/lib/tenancy/roles";
import { createTestOrganization, createTestUser, testDb } from "./fixtures";

// The order engine's tests run against the real sandbox over HTTP, its virtual clock set
// to the wall clock (the portal validates dates against the wall clock too).

export async function startSandboxAtNow(): Promise<TestSandbox> {
  const sandbox = await startTestSandbox();
  const moved = await sandbox.admin("POST", "/clock/set", { time: lumenDateTime(new Date()) });
  if (moved.status !== 200) throw new Error(`Could not set the sandbox clock: ${JSON.stringify(moved.body)}`);
  return sandbox;
}

export function lumenDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Midnight UTC, `days` business days from today: a valid disconnect or port date. */
export function businessDaysAhead(days: number): string {
  return `${addBusinessDays(new Date(), days).toISOString().slice(0, 10)}T00:00:00Z`;
}

const SANDBOX_CUSTOMERS = { acme: "1-ABC-23", bluebird: "2-B6-7890" } as const;

/**
 * An organization that is one of the sandbox's customers, with its test credentials
 * sealed. Customer numbers are unique in the portal and test files share one database,
 * so each test file that talks to the sandbox uses its own customer.
 */
export async function createSandboxOrganization(sandbox: TestSandbox, customer: keyof typeof SANDBOX_CUSTOMERS) {
  const org = await createTestOrganization(customer);
  const customerNumber = SANDBOX_CUSTOMERS[customer];
  // A rerun in the same database (watch mode) may find the number taken by an earlier run.
  await testDb.organization.updateMany({ where: { customerNumber }, data: { customerNumber: `9-OLD-${randomUUID().slice(0, 8).toUpperCase()}` } });
  return testDb.organization.update({
    where: { id: org.id },
    data: {
      customerNumber,
      lumenBaseUrl: sandbox.url,
      clientIdEnc: sealSecret(APPS[customer].clientId),
      clientSecretEnc: sealSecret(APPS[customer].clientSecret),
    },
  });
}

export async function tenantFor(org: { id: string; slug: string }, role: Role, subAccountId?: string) {
  const user = await createTestUser(org.id, role, { subAccountId });
  return { user, tenant: await requireMembership(org.slug, "viewer", { id: user.id }) };
}

export const idempotencyKey = () => `test-${randomUUID()}`;

export const residentialLine = {
  customerType: "R",
  firstName: "Ada",
  lastName: "Byron",
  serviceAddress: { streetNumber: "9", streetName: "Larimer", city: "Denver", state: "CO", zip: "80202" },
} as const;

/** A port of one number as the port wizard sends it: residential, LOA signed yesterday, the losing carrier's PIN 9876. */
export function portRequest(tn: string, overrides: { customerRequestDate?: string; customerServiceName?: string } = {}) {
  return {
    orderType: "LNP",
    productID: "2036",
    tnList: [tn],
    subscriberLines: [residentialLine],
    customerRequestDate: businessDaysAhead(5),
    billingTelephoneNumber: tn,
    loaName: "Ada Byron",
    loaReceived: "Y",
    loaDateTime: `${new Date(Date.now() - 86_400_000).toISOString().slice(0, 19)}Z`,
    losingCarrierAccountNumber: "ACCT-1",
    losingCarrierPin: "9876",
    losingCarrierWirelessLnp: "N",
    ...overrides,
  } as const;
}
