import { useFormContext, useWatch } from "react-hook-form";
import { describeRequestSizes } from "@/components/install/tn-text";
import { TnTextField } from "@/components/wizard/tn-text-field";
import { MAX_TNS_PER_PORT } from "@/lib/lumen/schemas/port-order";
import { planPort, type PortWizardValues } from "./port-wizard-schema";

/** "120 numbers: … 3 requests (49 + 49 + 22) tracked together." */
export function describePortRequests(count: number): string {
  return describeRequestSizes(count, MAX_TNS_PER_PORT, "ports");
}

/** Step 1: the numbers to bring over, typed or pasted. */
export function PortNumbersStep() {
  const { control, getValues } = useFormContext<PortWizardValues>();
  const tnText = useWatch({ control, name: "tnText" });
  // Counted before the portability check: every valid number typed.
  const count = planPort({ ...getValues(), tnText, setAside: [] }).numbers.length;

  return (
    <div className="flex flex-col gap-4">
      <TnTextField
        description="The numbers to bring over from the losing carrier, one per line or separated by commas: 10 digits (7205550100), E.164 (+17205550100) or a range (7205550100–7205550120). Repeats are counted once."
        status={describePortRequests(count)}
      />
    </div>
  );
}
