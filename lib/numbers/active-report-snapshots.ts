import "server-only";
import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import type { LumenClient } from "@/lib/lumen/client";
import { assertRole } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { MAX_REPORT_ROWS, readActiveReport, type ActiveReportRow } from "./active-report";

// Lumen's active-inventory report as read for one view of the active numbers, kept so
// that the view's next pages, its other filters and its CSV come from memory. A partner
// with 20,000 numbers waited for forty pages of Lumen's report on every click; now only
// the first view of the list (and "Read again") waits, and the page says when it read.
//
// A kept report is named in the view's address (`?report=<id>`), never looked up by
// organization: opening the list without one reads Lumen afresh, so a number installed a
// minute ago shows up without anything having to forget a cache. The rows are Lumen's
// answer for the organization as a whole; each caller still cuts them to the tenant's
// slice (see listEveryActiveNumber), so an id shared by staff shows a reseller nothing
// more than its own numbers. Why, and the bounds: docs/decisions/0010-a-view-keeps-its-read-of-the-active-numbers-report.md.

/** How long a view's report stays available to its pages and CSV. */
export const KEEP_REPORT_MS = 15 * 60_000;

const ReportIdSchema = z.uuid();

/** The report id an address carries (`?report=`), if it is one; anything else reads Lumen afresh. */
export function reportIdFrom(value: unknown): string | undefined {
  const parsed = ReportIdSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : undefined;
}

export interface ActiveReportSnapshot {
  id: string;
  organizationId: string;
  /** The customer service name Lumen was asked for; null for the whole report. */
  customerServiceName: string | null;
  readAt: Date;
  rows: ActiveReportRow[];
}

// Bounded by rows, not reports: room for one largest report (MAX_REPORT_ROWS) and as many
// again of smaller ones; the least recently used go first.
const kept = new LRUCache<string, ActiveReportSnapshot>({
  maxSize: 2 * MAX_REPORT_ROWS,
  sizeCalculation: (snapshot) => Math.max(1, snapshot.rows.length),
  ttl: KEEP_REPORT_MS,
});

/**
 * The report named by `reportId` when it is this organization's and was read for the
 * same customer service name; otherwise Lumen's report read now, kept under a new id.
 */
export async function readActiveReportSnapshot(
  tenant: Tenant,
  filter: { customerServiceName?: string; reportId?: string },
  options: { client?: LumenClient } = {},
): Promise<ActiveReportSnapshot> {
  assertRole(tenant, "viewer");
  const customerServiceName = filter.customerServiceName ?? null;
  const earlier = filter.reportId === undefined ? undefined : kept.get(filter.reportId);
  if (earlier && earlier.organizationId === tenant.organizationId && earlier.customerServiceName === customerServiceName) return earlier;

  const readAt = new Date();
  const rows = await readActiveReport(tenant, { customerServiceName: filter.customerServiceName }, options);
  const snapshot: ActiveReportSnapshot = { id: randomUUID(), organizationId: tenant.organizationId, customerServiceName, readAt, rows };
  kept.set(snapshot.id, snapshot);
  return snapshot;
}
