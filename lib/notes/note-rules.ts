// What notes on numbers and on orders share: who reads which, what is read back, and what
// a reseller's users may write. Finding the noted row and checking the role stay with
// each data function.
import type { NoteVisibility } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { NumberNoteSchema, type NumberNoteValues } from "@/lib/numbers/number-note-schema";
import type { Tenant } from "@/lib/tenancy/tenant";

export interface Note {
  id: string;
  body: string;
  visibility: NoteVisibility;
  createdAt: Date;
  author: { name: string | null; email: string } | null;
}

export const NOTE_FIELDS = {
  id: true,
  body: true,
  visibility: true,
  createdAt: true,
  author: { select: { name: true, email: true } },
} as const;

export const NEWEST_FIRST = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** What a tenant may read: staff read every note; a reseller's users only the shared ones. */
export function readableVisibilities(tenant: Tenant): NoteVisibility[] {
  return tenant.subAccount ? ["shared"] : ["staff", "shared"];
}

/**
 * The note as the form sent it. A reseller's users write shared notes only: a staff-only
 * note would be one they could not read back.
 */
export function parseNoteInput(tenant: Tenant, input: unknown): NumberNoteValues {
  const note = NumberNoteSchema.parse(input);
  if (tenant.subAccount && note.visibility !== "shared") {
    throw new AppError("FORBIDDEN", "Notes from a sub-account are shared with the partner's staff; staff-only notes are theirs to write.", {
      fieldErrors: { visibility: ["Choose “Shared with the sub-account”."] },
    });
  }
  return note;
}
