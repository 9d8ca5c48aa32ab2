import { useFormContext, useWatch } from "react-hook-form";
import { ChoiceCards } from "@/components/install/choice-cards";
import { Field } from "@/components/ui/field";
import { CONTROL_CLASS } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { ENHANCED_LOCAL_SERVICE } from "@/lib/lumen/schemas/fields/product-id";
import { planChange, type ChangeWizardValues } from "./change-wizard-schema";

const PRODUCTS = [
  {
    value: "2036",
    name: "Local Inbound (2036)",
    description: "Subscriber, service address, caller name and route. No 911 and no directory listing to change.",
  },
  {
    value: "2042",
    name: "Enhanced Local Service (2042)",
    description: "Adds the E911 option and the directory listing to what may change.",
  },
] as const;

/** Step 1: the active numbers to change, and the product they are on. */
export function ChangeNumbersStep() {
  const { register, control, formState, getValues, setValue } = useFormContext<ChangeWizardValues>();
  const tnText = useWatch({ control, name: "tnText" });
  const count = planChange({ ...getValues(), tnText }).numbers.length;

  // Local Inbound has no E911 and no listing: changes opened for ELS do not follow a switch to LI.
  function forgetElsOnlyChanges() {
    if (getValues("productID") === ENHANCED_LOCAL_SERVICE) return;
    setValue("changeE911", false);
    setValue("changeListing", false);
  }

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Field
          label="Telephone numbers"
          error={formState.errors.tnText?.message}
          description="Active numbers, one per line or separated by commas: 10 digits (3039740101), E.164 (+13039740101) or a range (3039740101–3039740110). Repeats are counted once."
        >
          {(controlProps) => (
            <textarea {...controlProps} rows={6} spellCheck={false} className={cn(CONTROL_CLASS, "h-auto py-2 font-mono")} {...register("tnText")} />
          )}
        </Field>
        <p role="status" aria-live="polite" className="text-sm">
          {count === 0 ? "No numbers yet." : `${count.toLocaleString()} ${count === 1 ? "number" : "numbers"}, all changed the same way in one request.`}
        </p>
      </div>
      <ChoiceCards field="productID" legend="Product the numbers are on" choices={PRODUCTS} onChange={forgetElsOnlyChanges} />
    </div>
  );
}
