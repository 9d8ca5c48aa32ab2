import { useId } from "react";
import { useFormContext, useWatch, type FieldValues, type Path } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import type { InstallField, InstallWizardValues } from "./install-wizard-schema";

interface Choice {
  value: string;
  name: string;
  description: string;
}

type InstallChoiceField = Extract<InstallField, "productID" | "customerType" | "e911Option" | "listingType">;

/** The install form's choice fields by default; another wizard names its own values type. */
interface ChoiceCardsProps<V extends FieldValues> {
  field: V extends InstallWizardValues ? InstallChoiceField : Path<V>;
  legend: string;
  choices: readonly Choice[];
  onChange?: () => void;
}

/** A radio group drawn as cards, with the field's error announced with the group. */
export function ChoiceCards<V extends FieldValues = InstallWizardValues>({ field, legend, choices, onChange }: ChoiceCardsProps<V>) {
  const { register, control, formState } = useFormContext<V>();
  const name = field as Path<V>;
  const chosen: unknown = useWatch({ control, name });
  const id = useId();
  const error = formState.errors[name]?.message;

  return (
    // A radio group by role, so it can say it is invalid (a radio cannot); named by its legend.
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      className="flex flex-col gap-2"
    >
      <legend id={`${id}-legend`} className="mb-2 text-sm font-medium">
        {legend}
      </legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={cn(
              "flex cursor-pointer gap-3 rounded-lg border bg-card p-4 transition-colors hover:bg-accent/50",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
              chosen === choice.value && "border-primary bg-accent/40 ring-1 ring-primary",
              // Marked like a text box in error, so a choice left open is seen, not only read.
              error && "border-destructive",
            )}
          >
            <input
              type="radio"
              value={choice.value}
              className="mt-1 size-4 shrink-0 accent-primary"
              aria-labelledby={`${id}-${choice.value}-name`}
              aria-describedby={`${id}-${choice.value}-description`}
              {...register(name, { onChange })}
            />
            <span className="flex flex-col gap-1">
              <span id={`${id}-${choice.value}-name`} className="text-sm font-semibold">
                {choice.name}
              </span>
              <span id={`${id}-${choice.value}-description`} className="text-sm text-muted-foreground">
                {choice.description}
              </span>
            </span>
          </label>
        ))}
      </div>
      {typeof error === "string" && (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
