import "server-only";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors/app-error";
import { fromLumenFailure } from "@/lib/errors/lumen-failure";
import type { LumenClient } from "@/lib/lumen/client";
import type { LumenMethodName } from "@/lib/lumen/client/lumen-client-types";
import { lumenClientForOrganization } from "@/lib/organizations/lumen-client-for-organization";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { tenDigits } from "@/lib/numbers/active-report";
import type { z } from "zod";
import { ActiveInventoryQuerySchema } from "@/lib/lumen/schemas/active-inventory";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/lumen/schemas/fields/paging";
import { ReservedInventoryQuerySchema } from "@/lib/lumen/schemas/reserved-inventory";

// The look-ups the wizards and pages make against Lumen, by a short name in the URL
// (/api/orgs/[org]/lumen/rate-centers …). Each names its operation, whether only the
// partner's staff may make it, and how a reseller's answer is cut down to its slice.

type ResellerTenant = Tenant & { subAccount: NonNullable<Tenant["subAccount"]> };

interface LumenRead {
  operationId: LumenMethodName;
  method: "GET" | "POST";
  staffOnly?: boolean;
  /** How a reseller user's read is made, cut to its own numbers. */
  resellerRead?: (tenant: ResellerTenant, call: (input: unknown) => Promise<unknown>, input: unknown) => Promise<unknown>;
}

export const LUMEN_READS = {
  "rate-centers": { operationId: "listRateCenters", method: "GET" },
  "address-coverage": { operationId: "checkAddressCoverage", method: "GET" },
  portability: { operationId: "checkTnPortability", method: "POST" },
  utilization: { operationId: "checkRateCenterUtilization", method: "POST" },
  "reserved-inventory": { operationId: "listReservedInventory", method: "GET", resellerRead: ownInventoryPage(ReservedInventoryQuerySchema) },
  "active-inventory": { operationId: "getActiveInventoryReport", method: "GET", resellerRead: ownInventoryPage(ActiveInventoryQuerySchema) },
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
    return tenant.subAccount && read.resellerRead ? await read.resellerRead({ ...tenant, subAccount: tenant.subAccount }, call, input) : await call(input);
  } catch (error) {
    throw fromLumenFailure(error);
  }
}

// Enough for 100,000 numbers in the partner's whole account at Lumen's largest page.
const MAX_INVENTORY_PAGES = 200;

interface InventoryPage {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  telephoneNumbers: Array<{ telephoneNumber: string }>;
}

/**
 * A reseller's page of reserved inventory or of the active report. Lumen pages the
 * partner's whole account, so any one of its pages may hold none of the reseller's numbers
 * while a later one does: every page the query matches is read, the numbers the portal
 * gives the sub-account are kept (its own record, never the customer service name, which
 * the partner may use too), and those are paged as asked. The query is checked first with
 * the schema the client uses, so a bad page is refused with Lumen's code as for staff.
 */
function ownInventoryPage(schema: z.ZodType<{ pageNumber?: number; pageSize?: number }>) {
  return async (tenant: ResellerTenant, call: (input: unknown) => Promise<unknown>, input: unknown): Promise<InventoryPage> => {
    const { pageNumber = 1, pageSize = DEFAULT_PAGE_SIZE, ...filters } = schema.parse(input ?? {});
    const rows: InventoryPage["telephoneNumbers"] = [];
    for (let page = 1; page <= MAX_INVENTORY_PAGES; page++) {
      const answer = (await call({ ...filters, pageNumber: page, pageSize: MAX_PAGE_SIZE })) as InventoryPage;
      rows.push(...answer.telephoneNumbers);
      if (answer.telephoneNumbers.length === 0 || page * (answer.pageSize || MAX_PAGE_SIZE) >= answer.totalCount) break;
    }
    const own = await db().telephoneNumber.findMany({
      where: { organizationId: tenant.organizationId, subAccountId: tenant.subAccount.id, tn: { in: [...new Set(rows.map((row) => tenDigits(row.telephoneNumber)))] } },
      select: { tn: true },
    });
    const mine = new Set(own.map((row) => row.tn));
    const kept = rows.filter((row) => mine.has(tenDigits(row.telephoneNumber)));
    return { pageNumber, pageSize, totalCount: kept.length, telephoneNumbers: kept.slice((pageNumber - 1) * pageSize, pageNumber * pageSize) };
  };
}
