import { useFormContext } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { ChoiceCards } from "./choice-cards";
import type { InstallWizardValues } from "./install-wizard-schema";

const PRODUCTS = [
  {
    value: "2036",
    name: "Local Inbound (2036)",
    description: "Inbound-only numbers that ring your network: subscriber, service address and caller name. No 911, no directory listing.",
  },
  {
    value: "2042",
    name: "Enhanced Local Service (2042)",
    description: "Full local service: adds the E911 option and a directory listing to the subscriber's details.",
  },
] as const;

export interface ServiceNameChoice {
  names: string[];
  required: boolean;
}

/** A reseller's user with a single customer service name has nothing to choose: the forms start with it. */
export function onlyServiceName({ names, required }: ServiceNameChoice): string {
  return required && names.length === 1 ? names[0]! : "";
}

interface ServiceStepProps {
  serviceNames: ServiceNameChoice;
  /** False where the date is asked elsewhere (a port's requested date goes with the losing carrier). */
  installDate?: boolean;
}

/** Step 2: the product, the route (customer service name) and when to install. */
export function ServiceStep({ serviceNames, installDate = true }: ServiceStepProps) {
  const { register, formState } = useFormContext<InstallWizardValues>();
  const error = formState.errors.customerServiceName?.message;

  return (
    <div className="flex flex-col gap-6">
      <ChoiceCards field="productID" legend="Product" choices={PRODUCTS} />
      <div className="grid gap-x-5 gap-y-4 sm:grid-cols-2">
        {serviceNames.required ? (
          <Field
            label="Customer service name"
            error={error}
            description={
              serviceNames.names.length > 0
                ? "The route plan and trunk group the numbers use; your account may use only these."
                : "Your account has no customer service names yet: an admin of the organization can add them to it."
            }
          >
            {(controlProps) => (
              <NativeSelect {...controlProps} {...register("customerServiceName")}>
                <option value="">Choose a customer service name</option>
                {serviceNames.names.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        ) : (
          <Field
            label="Customer service name (optional)"
            error={error}
            description="The route plan and trunk group the numbers use; leave blank for your account's default."
          >
            {(controlProps) => (
              <>
                <Input {...controlProps} autoComplete="off" list="install-service-names" {...register("customerServiceName")} />
                <datalist id="install-service-names">
                  {serviceNames.names.map((name) => (
                    <option key={name} value={name} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        )}
        {installDate && (
          <Field
            label="Install on (optional)"
            error={formState.errors.installDate?.message}
            description="Leave blank to provision at once; a later date must be at least a week ahead."
          >
            {(controlProps) => <Input {...controlProps} type="date" {...register("installDate")} />}
          </Field>
        )}
      </div>
    </div>
  );
}
