import "server-only";
import { db } from "@/lib/db/client";
import type { OrderType } from "@/lib/db/generated/enums";
import { assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { HELD_STATUSES } from "./held-numbers";

export interface SubAccountOverview {
  id: string;
  name: string;
  customerServiceNames: string[];
  suspendedAt: Date | null;
  maxNumbers: number | null;
  allowedOrderTypes: OrderType[];
  createdAt: Date;
  users: number;
  numbersHeld: number;
}

const OVERVIEW_FIELDS = {
  id: true,
  name: true,
  customerServiceNames: true,
  suspendedAt: true,
  maxNumbers: true,
  allowedOrderTypes: true,
  createdAt: true,
  _count: { select: { memberships: true, telephoneNumbers: { where: { status: { in: HELD_STATUSES } } } } },
} as const;

type OverviewRow = { _count: { memberships: number; telephoneNumbers: number } } & Omit<SubAccountOverview, "users" | "numbersHeld">;

function toOverview({ _count, ...row }: OverviewRow): SubAccountOverview {
  return { ...row, users: _count.memberships, numbersHeld: _count.telephoneNumbers };
}

/** Every reseller of the organization with its users, numbers held and limits: the partner's staff only. */
export async function listSubAccountOverview(tenant: Tenant): Promise<SubAccountOverview[]> {
  assertStaff(tenant);
  const rows = await db().subAccount.findMany({
    where: { organizationId: tenant.organizationId },
    select: OVERVIEW_FIELDS,
    orderBy: { name: "asc" },
  });
  return rows.map(toOverview);
}

export { OVERVIEW_FIELDS, toOverview };
