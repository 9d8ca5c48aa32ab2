import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/errors/app-error";
import type { LumenClient } from "@/lib/lumen/client";
import { NEWEST_FIRST, NOTE_FIELDS, parseNoteInput, readableVisibilities, type Note } from "@/lib/notes/note-rules";
import { assertRole } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { findMirrorRow, lookUpAtLumen, tnFromParam } from "./get-number";
import { mirrorRowFromLumen } from "./numbers-at-lumen";

export type NumberNote = Note;

/**
 * The notes on a number, newest first. A number outside a reseller's slice is "not
 * found"; a number the portal has no record of has no notes yet.
 */
export async function listNumberNotes(tenant: Tenant, unverifiedTn: string): Promise<NumberNote[]> {
  const tn = tnFromParam(unverifiedTn);
  const mirror = await findMirrorRow(tenant, tn);
  if (!mirror) {
    if (tenant.subAccount) throw notFoundError("This number");
    return [];
  }
  return db().telephoneNumberNote.findMany({
    where: { telephoneNumberId: mirror.id, visibility: { in: readableVisibilities(tenant) } },
    orderBy: NEWEST_FIRST,
    select: NOTE_FIELDS,
  });
}

/**
 * Adds a note. Operators and above write; a reseller's users write shared notes on their
 * own numbers only (a staff-only note would be one they could not read back). A number
 * the portal has not ordered gets its mirror row first, from what Lumen reports now.
 */
export async function addNumberNote(
  tenant: Tenant,
  unverifiedTn: string,
  input: unknown,
  options: { client?: LumenClient; ipAddress?: string | null } = {},
): Promise<NumberNote> {
  const tn = tnFromParam(unverifiedTn);
  const existing = await findMirrorRow(tenant, tn);
  if (tenant.subAccount && !existing) throw notFoundError("This number");
  assertRole(tenant, "operator");
  const note = parseNoteInput(tenant, input);
  const numberId = existing?.id ?? (await mirrorFromLumen(tenant, tn, options));
  return db().$transaction(async (tx) => {
    const created = await tx.telephoneNumberNote.create({
      data: { telephoneNumberId: numberId, authorId: tenant.userId, body: note.body, visibility: note.visibility },
      select: NOTE_FIELDS,
    });
    await recordAudit(
      {
        action: "number_note.create",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "TelephoneNumber",
        targetId: numberId,
        after: { tn, visibility: note.visibility },
        ipAddress: options.ipAddress ?? null,
      },
      tx,
    );
    return created;
  });
}

/** The mirror row for a number staff noted before the portal ordered anything on it. */
async function mirrorFromLumen(tenant: Tenant, tn: string, options: { client?: LumenClient }): Promise<string> {
  const lumen = await lookUpAtLumen(tenant, tn, options);
  if (lumen.state === "absent") throw notFoundError("This number");
  const row = await db().telephoneNumber.upsert({
    where: { organizationId_tn: { organizationId: tenant.organizationId, tn } },
    create: mirrorRowFromLumen(tenant.organizationId, tn, lumen),
    update: {},
    select: { id: true },
  });
  return row.id;
}
