import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors/app-error";
// An order's note is written and read exactly like a number's.
import { NEWEST_FIRST, NOTE_FIELDS, parseNoteInput, readableVisibilities, type Note } from "@/lib/notes/note-rules";
import { assertRole } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { tenantScope } from "./order-scope";

export type OrderNote = Note;

/** The order, if the tenant may see it: another organization's or sub-account's is "not found". */
async function findVisibleOrder(tenant: Tenant, unverifiedOrderId: string): Promise<{ id: string; subAccountId: string | null }> {
  const order = await db().order.findFirst({
    where: { id: unverifiedOrderId, ...tenantScope(tenant) },
    select: { id: true, subAccountId: true },
  });
  if (!order) throw notFoundError("This order");
  return order;
}

/** The notes of an order this tenant may read, newest first. */
export async function listOrderNotes(tenant: Tenant, unverifiedOrderId: string): Promise<OrderNote[]> {
  const order = await findVisibleOrder(tenant, unverifiedOrderId);
  return db().orderNote.findMany({
    where: { orderId: order.id, visibility: { in: readableVisibilities(tenant) } },
    orderBy: NEWEST_FIRST,
    select: NOTE_FIELDS,
  });
}

/**
 * Adds a note to an order. Operators and up write; a reseller's users write shared notes
 * on their own orders only (a staff-only note would be one they could not read back).
 */
export async function addOrderNote(tenant: Tenant, unverifiedOrderId: string, input: unknown, ipAddress: string | null = null): Promise<OrderNote> {
  const order = await findVisibleOrder(tenant, unverifiedOrderId);
  assertRole(tenant, "operator");
  const note = parseNoteInput(tenant, input);
  return db().$transaction(async (tx) => {
    const created = await tx.orderNote.create({
      data: { orderId: order.id, authorId: tenant.userId, body: note.body, visibility: note.visibility },
      select: NOTE_FIELDS,
    });
    await recordAudit(
      {
        action: "order_note.create",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "Order",
        targetId: order.id,
        after: { visibility: note.visibility },
        ipAddress,
      },
      tx,
    );
    return created;
  });
}
