import { ListChecks } from "lucide-react";
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CONTROL_CLASS } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { MAX_TNS_PER_INSTALL } from "@/lib/lumen/schemas/install-order";
import { planInstall, type InstallWizardValues } from "./install-wizard-schema";
import { InventoryPicker } from "./inventory-picker";
import { splitIntoRequests } from "./tn-text";

/** Step 1: the numbers to install, typed, pasted, handed over from Numbers or picked here. */
export function NumbersStep({ org }: { org: string }) {
  const { register, control, formState, getValues, setValue } = useFormContext<InstallWizardValues>();
  const [picking, setPicking] = useState(false);
  const tnText = useWatch({ control, name: "tnText" });
  const plan = planInstall({ ...getValues(), tnText });
  const count = plan.numbers.length;
  // Counted over the valid numbers: a piece that is not a number is marked above instead.
  const sizes = splitIntoRequests(plan.numbers).map((tns) => tns.length);

  function add(tns: string[]) {
    const current = getValues("tnText").trimEnd();
    setValue("tnText", [current, ...tns].filter(Boolean).join("\n"), { shouldValidate: true, shouldDirty: true });
  }

  return (
    <div className="flex flex-col gap-4">
      <Field
        label="Telephone numbers"
        error={formState.errors.tnText?.message}
        description="One per line or separated by commas: 10 digits (3039740001), E.164 (+13039740001) or a range (3039740001–3039740010). Repeats are counted once."
      >
        {(controlProps) => (
          <textarea
            {...controlProps}
            rows={6}
            spellCheck={false}
            className={cn(CONTROL_CLASS, "h-auto py-2 font-mono")}
            {...register("tnText")}
          />
        )}
      </Field>
      <p role="status" aria-live="polite" className="text-sm">
        {count === 0
          ? "No numbers yet."
          : sizes.length === 1
            ? `${count.toLocaleString()} ${count === 1 ? "number" : "numbers"} in one request.`
            : `${count.toLocaleString()} numbers: Lumen takes at most ${MAX_TNS_PER_INSTALL} per subscriber per request, so they go as ${sizes.length} requests (${sizes.join(" + ")}) tracked together.`}
      </p>
      <div>
        <Button type="button" variant="outline" aria-expanded={picking} onClick={() => setPicking(!picking)}>
          <ListChecks aria-hidden />
          {picking ? "Hide reserved inventory" : "Pick from reserved inventory"}
        </Button>
      </div>
      {picking && <InventoryPicker org={org} chosen={new Set(plan.numbers)} onAdd={add} />}
    </div>
  );
}
