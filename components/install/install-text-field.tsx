import type { ComponentProps, ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { InstallField, InstallWizardValues } from "./install-wizard-schema";

type TextField = { [K in InstallField]: InstallWizardValues[K] extends string ? K : never }[InstallField];

interface InstallTextFieldProps extends Omit<ComponentProps<"input">, "name"> {
  name: TextField;
  label: string;
  description?: ReactNode;
}

/** One text box of the install form with its label, help and Lumen's verdict. */
export function InstallTextField({ name, label, description, className, ...input }: InstallTextFieldProps) {
  const { register, formState } = useFormContext<InstallWizardValues>();
  return (
    <Field label={label} description={description} error={formState.errors[name]?.message} className={className}>
      {(controlProps) => <Input {...controlProps} autoComplete="off" {...input} {...register(name)} />}
    </Field>
  );
}
