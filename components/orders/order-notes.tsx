"use client";

import { AddNoteForm } from "@/components/notes/add-note-form";
import { NotesCard, type NoteItem } from "@/components/notes/notes-card";

/** A note as listOrderNotes returns it. */
export type OrderNoteItem = NoteItem;

interface OrderNotesProps {
  org: string;
  orderId: string;
  /** From listOrderNotes(tenant, orderId): already only what this tenant may read. */
  notes: OrderNoteItem[];
  /** Operators and up write notes; viewers read. */
  canWrite: boolean;
  /** A reseller's users see and write shared notes only. */
  isSubAccount: boolean;
  /** Whether the order belongs to a sub-account: a shared note means something only then. */
  orderHasSubAccount: boolean;
}

export function OrderNotes({ org, orderId, notes, canWrite, isSubAccount, orderHasSubAccount }: OrderNotesProps) {
  return (
    <NotesCard
      titleId="order-notes-title"
      description={
        isSubAccount
          ? "Notes shared between your team and the partner's staff."
          : orderHasSubAccount
            ? "Notes for your team, or shared with the sub-account that placed the order."
            : "Notes for your team."
      }
      notes={notes}
      isSubAccount={isSubAccount}
      form={
        canWrite ? (
          <AddNoteForm
            action={`/api/orgs/${encodeURIComponent(org)}/orders/${encodeURIComponent(orderId)}/notes`}
            label="Add a note to the order"
            sharedOnly={isSubAccount}
            staffOnlyReason={orderHasSubAccount ? undefined : "Only your organization's staff read notes on this order."}
          />
        ) : null
      }
    />
  );
}
