import "server-only";
import { db } from "@/lib/db/client";
import { assertRole } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { countHeldNumbers } from "./count-held-numbers";
import { countCompletedNumbers, countMonthOrders } from "./count-month-orders";
import { monthOf, monthRange, type UsageQuery } from "./usage-month";
import { addUsage, emptyUsageRow, isEmptyUsage, reportProduct, type UsageReport, type UsageRow } from "./usage-report-data";
import { OWN_LABEL } from "@/lib/sub-accounts/own-label";

/** The row of the organization's own numbers and orders, outside every sub-account. */
export const OWN_ROW_NAME = OWN_LABEL;

/**
 * What a reseller bills from, per sub-account, for one calendar month (UTC): numbers held
 * at the month's end by status and product, numbers installed, ported in and disconnected
 * in it, and the orders placed in it by type and outcome. Staff see every sub-account, the
 * organization's own row and the total; a reseller's user sees its own row only.
 */
export async function getUsageReport(tenant: Tenant, query: UsageQuery, now: Date = new Date()): Promise<UsageReport> {
  assertRole(tenant, "viewer");
  const { from, to } = monthRange(query.month);
  const [subAccounts, held, completed, orders] = await Promise.all([
    tenant.subAccount
      ? [{ id: tenant.subAccount.id, name: tenant.subAccount.name }]
      : db().subAccount.findMany({ where: { organizationId: tenant.organizationId }, select: { id: true, name: true } }),
    countHeldNumbers(tenant, to),
    countCompletedNumbers(tenant, from, to),
    countMonthOrders(tenant, from, to),
  ]);

  const rows = new Map<string | null, UsageRow>();
  if (!tenant.subAccount) rows.set(null, emptyUsageRow("own", null, OWN_ROW_NAME));
  // Sorted here rather than by the database, whose collation may differ from one server to the next.
  const byName = [...subAccounts].sort((a, b) => a.name.localeCompare(b.name, "en"));
  for (const s of byName) rows.set(s.id, emptyUsageRow("subAccount", s.id, s.name));
  // Every count is already cut to the tenant's slice; a row outside the map cannot occur.
  const rowOf = (subAccountId: string | null) => rows.get(subAccountId);
  for (const h of held) {
    const row = rowOf(h.subAccountId);
    if (row) row.held[h.status][reportProduct(h.productId)] += h.count;
  }
  for (const c of completed) {
    const row = rowOf(c.subAccountId);
    if (row) row.completed[c.change][reportProduct(c.productId)] += c.count;
  }
  for (const o of orders) {
    const row = rowOf(o.subAccountId);
    if (row) row.orders[o.type][o.outcome] += o.count;
  }

  const list = [...rows.values()];
  let total: UsageRow | null = null;
  if (!tenant.subAccount) {
    total = emptyUsageRow("total", null, "Total");
    for (const row of list) addUsage(total, row);
  }
  return {
    month: query.month,
    current: query.month >= monthOf(now),
    rows: list,
    total,
    empty: list.every(isEmptyUsage),
  };
}
