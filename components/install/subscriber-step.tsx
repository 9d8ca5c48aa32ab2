import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { US_STATE_CODES } from "@/lib/lumen/schemas/fields/us-states";
import { ChoiceCards } from "./choice-cards";
import { InstallTextField } from "./install-text-field";
import type { InstallField, InstallWizardValues } from "./install-wizard-schema";

const CUSTOMER_TYPES = [
  { value: "B", name: "Business", description: "Listed under the business name; no person's name." },
  { value: "R", name: "Residential", description: "A person: first and last name; no business name." },
] as const;

// Names of the other customer type are cleared on a switch, so the form never sends a
// business name on a residential line (20005) or a person's name on a business line (20006).
const NAMES_OF: Record<"B" | "R", InstallField[]> = {
  B: ["firstName", "middleInitial", "lastName", "listingFirstName", "listingLastName"],
  R: ["businessName", "listingBusinessName"],
};

/** Step 3: who the subscriber is and where the service is. */
export function SubscriberStep() {
  const { control, register, setValue, getValues, formState } = useFormContext<InstallWizardValues>();
  const customerType = useWatch({ control, name: "customerType" });

  function clearOtherNames() {
    const type = getValues("customerType");
    if (type === "") return;
    for (const field of NAMES_OF[type]) setValue(field, "");
  }

  return (
    <div className="flex flex-col gap-6">
      <ChoiceCards field="customerType" legend="Customer type" choices={CUSTOMER_TYPES} onChange={clearOtherNames} />
      {customerType === "B" && <InstallTextField name="businessName" label="Business name" className="max-w-md" />}
      {customerType === "R" && (
        <div className="grid gap-x-5 gap-y-4 sm:grid-cols-[1fr_8rem_1fr]">
          <InstallTextField name="firstName" label="First name" />
          <InstallTextField name="middleInitial" label="Middle initial" maxLength={1} />
          <InstallTextField name="lastName" label="Last name" />
        </div>
      )}
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-sm font-medium">Service address</legend>
        <div className="grid gap-x-5 gap-y-4 sm:grid-cols-[8rem_1fr_8rem]">
          <InstallTextField name="streetNumber" label="Street number" />
          <InstallTextField name="streetName" label="Street name" />
          <InstallTextField name="streetSuffix" label="Suffix (optional)" description="St, Ave, Blvd …" />
        </div>
        <div className="grid gap-x-5 gap-y-4 sm:grid-cols-[1fr_1fr_8rem_8rem]">
          <InstallTextField name="secondaryLocation" label="Suite, unit, floor (optional)" description="At most 20 characters." />
          <InstallTextField name="city" label="City" />
          <Field label="State" error={formState.errors.state?.message}>
            {(controlProps) => (
              <NativeSelect {...controlProps} {...register("state")}>
                <option value="">Choose</option>
                {US_STATE_CODES.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <InstallTextField name="zip" label="ZIP code" inputMode="numeric" maxLength={5} />
        </div>
      </fieldset>
    </div>
  );
}
