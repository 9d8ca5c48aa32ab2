import { useFormContext } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { CONTROL_CLASS } from "@/components/ui/input";

/** What the box takes on the wizards that act on numbers already in service (change, disconnect). */
export const ACTIVE_NUMBERS =
  "Active numbers, one per line or separated by commas: 10 digits (3039740101), E.164 (+13039740101) or a range (3039740101–3039740110). Repeats are counted once.";

/**
 * The order wizards' "Telephone numbers" box (the form's `tnText`) and, under it, the live
 * count of what it holds. A fragment: the step lays the two out with what else it shows.
 */
export function TnTextField({ description, status }: { description: string; status: string }) {
  const { register, formState } = useFormContext<{ tnText: string }>();
  return (
    <>
      <Field label="Telephone numbers" error={formState.errors.tnText?.message} description={description}>
        {(controlProps) => (
          <textarea {...controlProps} rows={6} spellCheck={false} className={cn(CONTROL_CLASS, "h-auto py-2 font-mono")} {...register("tnText")} />
        )}
      </Field>
      <p role="status" aria-live="polite" className="text-sm">
        {status}
      </p>
    </>
  );
}
