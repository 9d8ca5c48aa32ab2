import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { LumenClient } from "@/lib/lumen/client";
import { MAX_PAGE_SIZE } from "@/lib/lumen/schemas/fields/paging";
import type { Tenant } from "@/lib/tenancy/tenant";
import { recordAudit } from "@/lib/audit/record-audit";
import { tenantScope } from "./order-scope";
import { findOrderAtLumen } from "./find-order-at-lumen";
import { CARRIES_EXTERNAL_ORDER_ID } from "./send-to-lumen";
import { settleActingOrder } from "./settle-acting-order";
import { leadsTo } from "@/lib/notifications/notification-effects";
import { getOrderOrThrow } from "./get-order-or-throw";
import { lumenClientForOrganization } from "@/lib/organizations/lumen-client-for-organization";
import { FINAL_STATUSES, lumenStatusWords, portalStatusOfReport } from "./lumen-status";
import { acceptedOutcome, recordOutcome, type AlsoWrite } from "./record-order-outcome";

export interface RefreshOptions {
  /** For tests: the client to use instead of the organization's own. */
  client?: LumenClient;
  /** Written in the same transaction as the finding that Lumen never got the order (the sweep's alert mails). */
  whenNotPlaced?: AlsoWrite;
}

/**
 * Asks Lumen where an order stands and brings our record (and the numbers it touched) up
 * to date. For an order whose submission was never confirmed, this is the reconciliation:
 * found at Lumen → accepted; Lumen certainly has no such order → failed, safe to place
 * again. Until notifications arrive by webhook, the order page uses this to follow orders.
 */
export async function refreshOrder(tenant: Tenant, orderId: string, options: RefreshOptions = {}) {
  const order = await getOrderOrThrow(tenant, orderId);
  const row = await db().order.findUniqueOrThrow({
    where: { id: order.id },
    select: { id: true, organizationId: true, subAccountId: true, type: true, productId: true, externalOrderId: true, voiceOrderId: true, status: true, parentOrderId: true },
  });
  if (FINAL_STATUSES.has(row.status) && row.status !== "failed") return { changed: false };
  if (row.status === "failed" && row.voiceOrderId === null && !row.externalOrderId) return { changed: false };
  const client = options.client ?? (await lumenClientForOrganization(tenant.organizationId));

  if (!row.voiceOrderId) {
    if (row.status === "failed") return { changed: false };
    if (!CARRIES_EXTERNAL_ORDER_ID.has(row.type)) return settleActingOrder(client, row);
    const lookup = await findOrderAtLumen(client, row);
    if (lookup.found) {
      const { status, voiceOrderId } = lookup.status;
      await recordOutcomeWithNumbers(client, row, acceptedOutcome({ status, voiceOrderId }, "reconciled", `Found at Lumen as ${voiceOrderId}.`), voiceOrderId);
      return { changed: true };
    }
    if (!lookup.certain) throw new AppError("LUMEN_UNAVAILABLE", "Lumen did not answer; the order's state is unchanged. Try again in a moment.");
    await recordOutcome(
      row,
      {
        status: "failed",
        event: "reconciled",
        statusReason: "Lumen has no such order: it never arrived. Nothing was placed; it is safe to submit it again.",
        message: "Lumen has no order with this externalOrderID.",
      },
      [],
      { alsoWrite: options.whenNotPlaced },
    );
    return { changed: true };
  }

  const status = await client.getOrderStatus({ voiceOrderId: row.voiceOrderId });
  const next = portalStatusOfReport(status);
  if (next === row.status) return { changed: false };
  // Lumen's latest notification stays 10001 until it acts on the partner's answer; an
  // answer already accepted means the order is no longer waiting for one.
  if (next === "awaiting_approval" && (await answeredApproval(row.id))) return { changed: false };
  await recordOutcomeWithNumbers(
    client,
    row,
    {
      status: next,
      event: "status_changed",
      message: `Lumen reports ${lumenStatusWords(status.status)}.`,
      ...(status.lastNotification &&
        leadsTo(status.lastNotification.code, next) && { lumenCode: status.lastNotification.code, lumenMessage: status.lastNotification.message }),
    },
    row.voiceOrderId,
  );
  return { changed: true };
}

/**
 * "Check with Lumen" asked by a person: the same refresh, and an entry in the audit trail
 * when it changed the order (the background sweep's refreshes are not anyone's action).
 */
export async function checkOrderWithLumen(tenant: Tenant, orderId: string, ipAddress: string | null, options: { client?: LumenClient } = {}) {
  const stateOf = () =>
    db().order.findFirst({ where: { id: orderId, ...tenantScope(tenant) }, select: { status: true, voiceOrderId: true } });
  const before = await stateOf();
  const result = await refreshOrder(tenant, orderId, options);
  if (result.changed && before) {
    await recordAudit({
      action: "order.check_with_lumen",
      organizationId: tenant.organizationId,
      actorUserId: tenant.userId,
      targetType: "Order",
      targetId: orderId,
      before,
      after: (await stateOf()) ?? undefined,
      ipAddress,
    });
  }
  return result;
}

/**
 * Records an outcome together with the numbers the order touched. For a reservation that
 * completed, those are the numbers Lumen put into its reserved inventory, mirrored with
 * their rate centers; the notification poller calls this when a 10002 completes one.
 */
export async function recordOutcomeWithNumbers(
  client: LumenClient,
  order: Parameters<typeof recordOutcome>[0],
  outcome: Parameters<typeof recordOutcome>[1],
  voiceOrderId: string,
): Promise<void> {
  const numbers = await numbersOf(client, order, outcome.status, voiceOrderId);
  await recordOutcome(order, outcome, numbers.map((n) => n.tn));
  if (numbers.some((n) => n.rateCenter)) await recordPlaces(order.organizationId, numbers);
}

/** The numbers an order touched: for a completed reservation, those Lumen put into inventory. */
async function numbersOf(client: LumenClient, order: { id: string; type: string }, status: string, voiceOrderId: string) {
  return order.type === "reserve" && status === "completed" ? reservedNumbers(client, voiceOrderId) : linkedNumbers(order.id);
}

async function linkedNumbers(orderId: string): Promise<Array<{ tn: string; rateCenter?: string; state?: string }>> {
  const rows = await db().orderTelephoneNumber.findMany({ where: { orderId }, select: { telephoneNumber: { select: { tn: true } } } });
  return rows.map((row) => ({ tn: row.telephoneNumber.tn }));
}

/** The numbers a completed reservation put into inventory, every page of them. */
async function reservedNumbers(client: LumenClient, voiceOrderID: string) {
  const numbers: Array<{ tn: string; rateCenter: string; state: string }> = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await client.listReservedInventory({ voiceOrderID, pageNumber, pageSize: MAX_PAGE_SIZE });
    numbers.push(...page.telephoneNumbers.map((n) => ({ tn: n.telephoneNumber.slice(-10), rateCenter: n.rateCenter, state: n.state })));
    if (pageNumber * page.pageSize >= page.totalCount || page.telephoneNumbers.length === 0) return numbers;
  }
}

async function recordPlaces(organizationId: string, numbers: Array<{ tn: string; rateCenter?: string; state?: string }>) {
  for (const n of numbers) {
    if (!n.rateCenter) continue;
    await db().telephoneNumber.update({
      where: { organizationId_tn: { organizationId, tn: n.tn } },
      data: { rateCenter: n.rateCenter, state: n.state },
    });
  }
}

async function answeredApproval(orderId: string): Promise<boolean> {
  const answers = await db().order.count({ where: { parentOrderId: orderId, type: "approval", status: { in: ["accepted", "in_progress", "completed"] } } });
  return answers > 0;
}
