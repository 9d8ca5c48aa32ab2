import type { ComponentProps, ReactNode } from "react";
import { useFormContext, type FieldValues, type Path } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { InstallField, InstallWizardValues } from "./install-wizard-schema";

type TextField = { [K in InstallField]: InstallWizardValues[K] extends string ? K : never }[InstallField];

/** The install form's text fields by default; another wizard names its own values type. */
interface InstallTextFieldProps<V extends FieldValues> extends Omit<ComponentProps<"input">, "name"> {
  name: V extends InstallWizardValues ? TextField : Path<V>;
  label: string;
  description?: ReactNode;
}

/** One text box of a wizard's form with its label, help and Lumen's verdict. */
export function InstallTextField<V extends FieldValues = InstallWizardValues>({ name, label, description, className, ...input }: InstallTextFieldProps<V>) {
  const { register, formState } = useFormContext<V>();
  const field = name as Path<V>;
  const error = formState.errors[field]?.message;
  return (
    <Field label={label} description={description} error={typeof error === "string" ? error : undefined} className={className}>
      {(controlProps) => <Input {...controlProps} autoComplete="off" {...input} {...register(field)} />}
    </Field>
  );
}
