import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { US_STATE_CODES } from "@/lib/lumen/schemas/fields/us-states";
import type { ReserveWizardValues } from "./reserve-wizard-schema";

const PRODUCTS = [
  {
    id: "2036",
    name: "Local Inbound (2036)",
    description: "Inbound-only local numbers that ring your network; no 911 and no directory listing.",
  },
  {
    id: "2042",
    name: "Enhanced Local Service (2042)",
    description: "Full local service with 911, directory listing and CNAM for your subscribers.",
  },
] as const;

/** Step 1: which product, in which state. Changing either clears the chosen rate centers. */
export function ProductStateStep({ onScopeChange }: { onScopeChange: () => void }) {
  const { register, control, formState } = useFormContext<ReserveWizardValues>();
  const productID = useWatch({ control, name: "productID" });
  const chosen = useWatch({ control, name: "lines" }).length;
  const errorId = useId();
  const productError = formState.errors.productID?.message;

  return (
    <div className="flex flex-col gap-6">
      <fieldset className="flex flex-col gap-2" aria-describedby={productError ? errorId : undefined}>
        <legend className="mb-2 text-sm font-medium">Product</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {PRODUCTS.map((product) => (
            <label
              key={product.id}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border bg-card p-4 transition-colors hover:bg-accent/50",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
                productID === product.id && "border-primary bg-accent/40 ring-1 ring-primary",
              )}
            >
              <input
                type="radio"
                value={product.id}
                className="mt-1 size-4 shrink-0 accent-primary"
                aria-labelledby={`${errorId}-${product.id}-name`}
                aria-describedby={`${errorId}-${product.id}-description`}
                {...register("productID", { onChange: onScopeChange })}
              />
              <span className="flex flex-col gap-1">
                <span id={`${errorId}-${product.id}-name`} className="text-sm font-semibold">
                  {product.name}
                </span>
                <span id={`${errorId}-${product.id}-description`} className="text-sm text-muted-foreground">
                  {product.description}
                </span>
              </span>
            </label>
          ))}
        </div>
        {productError && (
          <p id={errorId} className="text-sm text-destructive">
            {productError}
          </p>
        )}
      </fieldset>
      <Field
        label="State"
        className="max-w-xs"
        description="Rate centers are listed per state."
        error={formState.errors.state?.message}
      >
        {(controlProps) => (
          <NativeSelect {...controlProps} {...register("state", { onChange: onScopeChange })}>
            <option value="">Choose a state</option>
            {US_STATE_CODES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      {chosen > 0 && (
        <p className="text-xs text-muted-foreground">
          Changing the product or the state clears the {chosen} {chosen === 1 ? "rate center" : "rate centers"} you chose.
        </p>
      )}
    </div>
  );
}
