"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { readApiError } from "@/components/settings/api-error";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { CONTROL_CLASS } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  NOTE_MAX_LENGTH,
  NOTE_VISIBILITIES,
  NOTE_VISIBILITY_LABELS,
  NumberNoteSchema,
  type NumberNoteInput,
  type NumberNoteValues,
} from "@/lib/numbers/number-note-schema";
import { SubmittingFieldset } from "@/components/ui/submitting-fieldset";

interface AddNoteFormProps {
  /** The notes route the note is posted to. */
  action: string;
  /** Names the form, e.g. "Add a note to the order". */
  label: string;
  /** A sub-account's users write shared notes only. */
  sharedOnly: boolean;
  /** Set where no sub-account could read a shared note: staff notes only, for this reason. */
  staffOnlyReason?: string;
}

/** Writes a note on a number or an order; the page shows it once the portal has it. */
export function AddNoteForm({ action, label, sharedOnly, staffOnlyReason }: AddNoteFormProps) {
  const router = useRouter();
  const form = useForm<NumberNoteInput, unknown, NumberNoteValues>({
    resolver: zodResolver(NumberNoteSchema),
    defaultValues: { body: "", visibility: sharedOnly ? "shared" : "staff" },
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: NumberNoteValues) {
    let response: Response;
    try {
      response = await fetch(action, {
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
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={label} className="flex flex-col gap-3">
      <SubmittingFieldset disabled={isSubmitting} className="flex flex-col gap-3">
        <Field label="New note" description={`Up to ${NOTE_MAX_LENGTH} characters.`} error={errors.body?.message}>
          {(control) => <textarea {...control} rows={3} className={cn(CONTROL_CLASS, "h-auto py-2")} {...register("body")} />}
        </Field>
        <div className="flex flex-wrap items-end gap-3">
          {sharedOnly ? (
            <p className="flex-1 text-sm text-muted-foreground">Your notes are shared with the partner&apos;s staff.</p>
          ) : staffOnlyReason ? (
            <p className="flex-1 text-sm text-muted-foreground">{staffOnlyReason}</p>
          ) : (
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
          )}
          <SubmitButton pending={isSubmitting} className="w-auto">
            Add note
          </SubmitButton>
        </div>
      </SubmittingFieldset>
    </form>
  );
}
