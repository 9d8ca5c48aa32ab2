import "server-only";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors/app-error";
import { fromLumenFailure } from "@/lib/errors/lumen-failure";
import type { LumenClient } from "@/lib/lumen/client";
import type { LumenMethodName } from "@/lib/lumen/client/lumen-client-types";
import type { LumenResponse } from "@/lib/lumen/client/lumen-client-types";
import { lumenClientForOrganization } from "@/lib/organizations/lumen-client-for-organization";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";

// The look-ups the wizards and pages make against Lumen, by a short name in the URL
// (/api/orgs/[org]/lumen/rate-centers …). Each names its operation, whether only the
// partner's staff may make it, and how a reseller's answer is cut down to its slice.

interface LumenRead {
  operationId: LumenMethodName;
  method: "GET" | "POST";
  staffOnly?: boolean;
  /** Limits a reseller user's answer to its own numbers or customer service names. */
  scope?: (tenant: Tenant & { subAccount: NonNullable<Tenant["subAccount"]> }, answer: unknown) => Promise<unknown>;
}

export const LUMEN_READS = {
  "rate-centers": { operationId: "listRateCenters", method: "GET" },
  "address-coverage": { operationId: "checkAddressCoverage", method: "GET" },
  portability: { operationId: "checkTnPortability", method: "POST" },
  utilization: { operationId: "checkRateCenterUtilization", method: "POST" },
  "reserved-inventory": { operationId: "listReservedInventory", method: "GET", scope: onlyOwnReservedNumbers },
  "active-inventory": { operationId: "getActiveInventoryReport", method: "GET", scope: onlyOwnServiceNames },
  "order-status": { operationId: "getOrderStatus", method: "GET", staffOnly: true },
  notifications: { operationId: "listNotifications", method: "GET", staffOnly: true },
} satisfies Record<string, LumenRead>;

export type LumenReadName = keyof typeof LUMEN_READS;

export async function readFromLumen(
  tenant: Tenant,
  unverifiedName: string,
  method: "GET" | "POST",
  input: unknown,
  options: { client?: LumenClient } = {},
): Promise<unknown> {
  const read: LumenRead | undefined = Object.hasOwn(LUMEN_READS, unverifiedName) ? LUMEN_READS[unverifiedName as LumenReadName] : undefined;
  if (!read || read.method !== method) throw notFoundError("This look-up");
  assertRole(tenant, "viewer");
  if (read.staffOnly) assertStaff(tenant);
  const client = options.client ?? (await lumenClientForOrganization(tenant.organizationId));
  const call = client[read.operationId] as (arg: unknown) => Promise<unknown>;
  try {
    const answer = await call(input);
    return tenant.subAccount && read.scope ? await read.scope({ ...tenant, subAccount: tenant.subAccount }, answer) : answer;
  } catch (error) {
    throw fromLumenFailure(error);
  }
}

async function onlyOwnReservedNumbers(tenant: Tenant & { subAccount: { id: string } }, answer: unknown) {
  const page = answer as LumenResponse<"ReservedInventoryResponse">;
  const own = await db().telephoneNumber.findMany({
    where: { organizationId: tenant.organizationId, subAccountId: tenant.subAccount.id, tn: { in: page.telephoneNumbers.map((n) => n.telephoneNumber.slice(-10)) } },
    select: { tn: true },
  });
  const mine = new Set(own.map((row) => row.tn));
  const telephoneNumbers = page.telephoneNumbers.filter((n) => mine.has(n.telephoneNumber.slice(-10)));
  return { ...page, telephoneNumbers, totalCount: telephoneNumbers.length };
}

async function onlyOwnServiceNames(tenant: Tenant & { subAccount: { customerServiceNames: string[] } }, answer: unknown) {
  const page = answer as LumenResponse<"ActiveInventoryResponse">;
  const allowed = new Set(tenant.subAccount.customerServiceNames);
  const telephoneNumbers = page.telephoneNumbers.filter((n) => n.customerServiceName !== undefined && allowed.has(n.customerServiceName));
  return { ...page, telephoneNumbers, totalCount: telephoneNumbers.length };
}
