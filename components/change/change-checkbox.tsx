import { useFormContext } from "react-hook-form";
import type { ChangeWizardValues } from "./change-wizard-schema";

type BooleanField = { [K in keyof ChangeWizardValues]: ChangeWizardValues[K] extends boolean ? K : never }[keyof ChangeWizardValues];

interface ChangeCheckboxProps {
  name: BooleanField;
  label: string;
  description: string;
}

/** A checkbox of the change form with its label and a line on what it does. */
export function ChangeCheckbox({ name, label, description }: ChangeCheckboxProps) {
  const { register, clearErrors } = useFormContext<ChangeWizardValues>();
  // "Nothing to change" (20057) no longer holds once a box is ticked; Next checks again anyway.
  const onChange = () => clearErrors("changes" as keyof ChangeWizardValues);
  return (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-primary" {...register(name, { onChange })} />
      <span className="flex flex-col gap-0.5">
        <span className="font-medium">{label}</span>
        <span className="text-muted-foreground">{description}</span>
      </span>
    </label>
  );
}
