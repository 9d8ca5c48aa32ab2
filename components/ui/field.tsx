import { useId, type ReactNode } from "react";
import { cn } from "./cn";
import { Label } from "./label";

/** What a field hands to its control so label, help text and error are announced with it. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FieldProps {
  label: string;
  /** Help text under the control, read out with it. It stays beside an error, which often names only Lumen's code and rule, not what is allowed. */
  description?: ReactNode;
  error?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

// Label, control, help text and error for one form value. The control comes from a render
// function so that the caller can spread react-hook-form's register() onto it as well.
export function Field({ label, description, error, className, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const describedBy = [error && errorId, description && descriptionId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {error && (
        <p id={errorId} className="text-sm text-destructive">
          {error}
        </p>
      )}
      {description && (
        <p id={descriptionId} className="text-xs text-muted-foreground">
          {description}
        </p>
      )}
    </div>
  );
}
