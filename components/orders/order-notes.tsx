"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { readApiError } from "@/components/settings/api-error";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { CONTROL_CLASS } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { SubmitButton } from "@/components/ui/submit-button";
// Notes on orders are written like notes on numbers: one schema, one set of words.
import {
  NOTE_MAX_LENGTH,
  NOTE_VISIBILITIES,
  NOTE_VISIBILITY_LABELS,
  NumberNoteSchema as OrderNoteSchema,
  type NumberNoteInput as OrderNoteInput,
  type NumberNoteValues as OrderNoteValues,
} from "@/lib/numbers/number-note-schema";
import { OrderTime } from "./order-time";

/** A note as listOrderNotes returns it (React carries the Date to the browser as it is). */
export interface OrderNoteItem {
  id: string;
  body: string;
  visibility: "staff" | "shared";
  createdAt: Date | string;
  author: { name: string | null; email: string } | null;
}

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
    <Card aria-labelledby="order-notes-title">
      <CardHeader>
        <CardTitle id="order-notes-title">Notes</CardTitle>
        <CardDescription>
          {isSubAccount
            ? "Notes shared between your team and the partner's staff."
            : orderHasSubAccount
              ? "Notes for your team, or shared with the sub-account that placed the order."
              : "Notes for your team."}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {canWrite ? (
          <AddOrderNoteForm org={org} orderId={orderId} sharedOnly={isSubAccount} offerShared={orderHasSubAccount} />
        ) : (
          <p className="text-sm text-muted-foreground">Your role can read notes; adding them needs the Operator role or higher.</p>
        )}
        {notes.length === 0 ? (
          <p className="text-sm text-muted-foreground">No notes yet.</p>
        ) : (
          <ul className="flex flex-col divide-y" aria-label="Notes, newest first">
            {notes.map((note) => (
              <li key={note.id} className="flex flex-col gap-1.5 py-3 first:pt-0">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                  <span className="font-medium text-foreground">{note.author ? (note.author.name ?? note.author.email) : "A former member"}</span>
                  <OrderTime value={new Date(note.createdAt).toISOString()} mode="absolute" />
                  {!isSubAccount && <Badge tone={note.visibility === "shared" ? "info" : "neutral"}>{NOTE_VISIBILITY_LABELS[note.visibility]}</Badge>}
                </div>
                <p className="text-sm whitespace-pre-wrap">{note.body}</p>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

function AddOrderNoteForm({ org, orderId, sharedOnly, offerShared }: { org: string; orderId: string; sharedOnly: boolean; offerShared: boolean }) {
  const router = useRouter();
  const form = useForm<OrderNoteInput, unknown, OrderNoteValues>({
    resolver: zodResolver(OrderNoteSchema),
    defaultValues: { body: "", visibility: sharedOnly ? "shared" : "staff" },
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: OrderNoteValues) {
    let response: Response;
    try {
      response = await fetch(`/api/orgs/${encodeURIComponent(org)}/orders/${encodeURIComponent(orderId)}/notes`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(values),
      });
    } catch {
      toast.error("Could not reach the portal. Check your connection and try again.");
      return;
    }
    if (!response.ok) {
      const error = await readApiError(response);
      let placed = false;
      for (const field of ["body", "visibility"] as const) {
        const message = error.fieldErrors?.[field]?.[0];
        if (message) {
          form.setError(field, { message }, { shouldFocus: !placed });
          placed = true;
        }
      }
      if (!placed) toast.error(error.message, { description: error.code });
      return;
    }
    form.reset({ body: "", visibility: values.visibility });
    toast.success("Note added.");
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Add a note to the order" className="flex flex-col gap-3">
      <fieldset disabled={isSubmitting} className="flex flex-col gap-3">
        <Field label="New note" description={`Up to ${NOTE_MAX_LENGTH} characters.`} error={errors.body?.message}>
          {(control) => <textarea {...control} rows={3} className={cn(CONTROL_CLASS, "h-auto py-2")} {...register("body")} />}
        </Field>
        <div className="flex flex-wrap items-end gap-3">
          {sharedOnly ? (
            <p className="flex-1 text-sm text-muted-foreground">Your notes are shared with the partner&apos;s staff.</p>
          ) : offerShared ? (
            <Field label="Who may read it" error={errors.visibility?.message} className="min-w-56 flex-1">
              {(control) => (
                <NativeSelect {...control} {...register("visibility")}>
                  {NOTE_VISIBILITIES.map((visibility) => (
                    <option key={visibility} value={visibility}>
                      {NOTE_VISIBILITY_LABELS[visibility]}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
          ) : (
            <p className="flex-1 text-sm text-muted-foreground">Only your organization&apos;s staff read notes on this order.</p>
          )}
          <SubmitButton pending={isSubmitting} className="w-auto">
            Add note
          </SubmitButton>
        </div>
      </fieldset>
    </form>
  );
}
