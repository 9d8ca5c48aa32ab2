import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { CONTROL_CLASS } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { splitIntoRequests } from "@/components/install/tn-text";
import { MAX_TNS_PER_PORT } from "@/lib/lumen/schemas/port-order";
import { planPort, type PortWizardValues } from "./port-wizard-schema";

/** "120 numbers: … 3 requests (49 + 49 + 22) tracked together." */
export function describeRequestSizes(count: number): string {
  if (count === 0) return "No numbers yet.";
  const sizes = splitIntoRequests(Array.from({ length: count }, (_, i) => i), MAX_TNS_PER_PORT).map((tns) => tns.length);
  if (sizes.length === 1) return `${count.toLocaleString("en-US")} ${count === 1 ? "number" : "numbers"} in one request.`;
  return `${count.toLocaleString("en-US")} numbers: Lumen ports at most ${MAX_TNS_PER_PORT} per subscriber per request, so they go as ${sizes.length} requests (${sizes.join(" + ")}) tracked together.`;
}

/** Step 1: the numbers to bring over, typed or pasted. */
export function PortNumbersStep() {
  const { register, control, formState, getValues } = useFormContext<PortWizardValues>();
  const tnText = useWatch({ control, name: "tnText" });
  // Counted before the portability check: every valid number typed.
  const count = planPort({ ...getValues(), tnText, setAside: [] }).numbers.length;

  return (
    <div className="flex flex-col gap-4">
      <Field
        label="Telephone numbers"
        error={formState.errors.tnText?.message}
        description="The numbers to bring over from the losing carrier, one per line or separated by commas: 10 digits (7205550100), E.164 (+17205550100) or a range (7205550100–7205550120). Repeats are counted once."
      >
        {(controlProps) => (
          <textarea {...controlProps} rows={6} spellCheck={false} className={cn(CONTROL_CLASS, "h-auto py-2 font-mono")} {...register("tnText")} />
        )}
      </Field>
      <p role="status" aria-live="polite" className="text-sm">
        {describeRequestSizes(count)}
      </p>
    </div>
  );
}
