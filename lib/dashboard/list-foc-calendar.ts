import "server-only";
import { db } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { startOfUtcDay } from "@/lib/lumen/business-days";
import { tenantScope } from "@/lib/orders/order-scope";
import { WORKING_STATUSES } from "@/lib/orders/lumen-status";
import type { Tenant } from "@/lib/tenancy/tenant";
import { cutOverChecklist, type ChecklistItem } from "./cut-over-checklist";

export const FOC_CALENDAR_WEEKS = 6;
const DAY_MS = 86_400_000;

export interface CalendarPort {
  id: string;
  status: OrderStatus;
  voiceOrderId: string | null;
  externalOrderId: string;
  productId: string | null;
  subAccountName: string | null;
  focDate: Date;
  /** Set when the port completed before its FOC date (port now): it sits on that day instead. */
  completedEarlyAt: Date | null;
  tns: string[];
  checklist: ChecklistItem[];
}

export interface CalendarDay {
  /** YYYY-MM-DD, UTC: the day Lumen's FOC date names. */
  day: string;
  ports: CalendarPort[];
}

/**
 * Ports of the tenant cutting over from today through the coming weeks, grouped by day,
 * each with its numbers and its cut-over checklist. Cancelled and rejected ports will not
 * cut over and are left out; completed ones stay, so the day reads as it happened: on the
 * FOC date, or on the day a port brought forward (port now) completed, since its numbers
 * no longer move on the FOC date.
 */
export async function listFocCalendar(tenant: Tenant, now: Date = new Date(), weeks = FOC_CALENDAR_WEEKS): Promise<CalendarDay[]> {
  const from = startOfUtcDay(now);
  const window = { gte: from, lt: new Date(from.getTime() + weeks * 7 * DAY_MS) };
  const rows = await db().order.findMany({
    where: {
      ...tenantScope(tenant),
      type: "port",
      focDate: { not: null },
      status: { notIn: ["cancelled", "rejected", "failed"] },
      OR: [{ focDate: window }, { status: "completed", completedAt: window }],
    },
    orderBy: [{ focDate: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      status: true,
      voiceOrderId: true,
      externalOrderId: true,
      productId: true,
      focDate: true,
      completedAt: true,
      request: true,
      subAccount: { select: { name: true } },
      numbers: { select: { telephoneNumber: { select: { tn: true } } }, orderBy: { telephoneNumber: { tn: "asc" } } },
    },
  });

  const days = new Map<string, CalendarDay>();
  for (const row of rows) {
    const focDate = row.focDate!;
    const completedEarlyAt = row.status === "completed" && row.completedAt && row.completedAt < startOfUtcDay(focDate) ? row.completedAt : null;
    const cutOver = completedEarlyAt ?? focDate;
    if (cutOver < window.gte || cutOver >= window.lt) continue;
    const day = cutOver.toISOString().slice(0, 10);
    const entry = days.get(day) ?? { day, ports: [] };
    entry.ports.push({
      id: row.id,
      status: row.status,
      voiceOrderId: row.voiceOrderId,
      externalOrderId: row.externalOrderId,
      productId: row.productId,
      subAccountName: row.subAccount?.name ?? null,
      focDate,
      completedEarlyAt,
      tns: row.numbers.map((n) => n.telephoneNumber.tn),
      checklist: cutOverChecklist(row.request, row.productId, row.status === "completed" ? "done" : "ahead"),
    });
    days.set(day, entry);
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * How many of the tenant's ports are open at Lumen without an FOC date yet: an empty
 * calendar says so, rather than asking for a port that was already placed.
 */
export async function countPortsAwaitingFoc(tenant: Tenant): Promise<number> {
  return db().order.count({ where: { ...tenantScope(tenant), type: "port", focDate: null, status: { in: [...WORKING_STATUSES] } } });
}
