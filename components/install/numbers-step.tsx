import { ListChecks } from "lucide-react";
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TnTextField } from "@/components/wizard/tn-text-field";
import { MAX_TNS_PER_INSTALL } from "@/lib/lumen/schemas/install-order";
import { planInstall, type InstallWizardValues } from "./install-wizard-schema";
import { InventoryPicker } from "./inventory-picker";
import { describeRequestSizes } from "./tn-text";

/** Step 1: the numbers to install, typed, pasted, handed over from Numbers or picked here. */
export function NumbersStep({ org }: { org: string }) {
  const { control, getValues, setValue } = useFormContext<InstallWizardValues>();
  const [picking, setPicking] = useState(false);
  const tnText = useWatch({ control, name: "tnText" });
  const plan = planInstall({ ...getValues(), tnText });
  // Counted over the valid numbers: a piece that is not a number is marked above instead.
  const status = describeRequestSizes(plan.numbers.length, MAX_TNS_PER_INSTALL, "takes");

  function add(tns: string[]) {
    const current = getValues("tnText").trimEnd();
    setValue("tnText", [current, ...tns].filter(Boolean).join("\n"), { shouldValidate: true, shouldDirty: true });
  }

  return (
    <div className="flex flex-col gap-4">
      <TnTextField
        description="One per line or separated by commas: 10 digits (3039740001), E.164 (+13039740001) or a range (3039740001–3039740010). Repeats are counted once."
        status={status}
      />
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
