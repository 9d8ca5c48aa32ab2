import { useFormContext, useWatch } from "react-hook-form";
import { ChoiceCards } from "@/components/install/choice-cards";
import { ACTIVE_NUMBERS, TnTextField } from "@/components/wizard/tn-text-field";
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
  const { control, getValues, setValue } = useFormContext<ChangeWizardValues>();
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
        <TnTextField
          description={ACTIVE_NUMBERS}
          status={count === 0 ? "No numbers yet." : `${count.toLocaleString()} ${count === 1 ? "number" : "numbers"}, all changed the same way in one request.`}
        />
      </div>
      <ChoiceCards field="productID" legend="Product the numbers are on" choices={PRODUCTS} onChange={forgetElsOnlyChanges} />
    </div>
  );
}
