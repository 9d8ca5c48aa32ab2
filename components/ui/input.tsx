import type { ComponentProps } from "react";
import { cn } from "./cn";

// Shared by <Input> and <NativeSelect> so every form control lines up.
export const CONTROL_CLASS = cn(
  "h-9 w-full min-w-0 rounded-md border border-input bg-card px-3 text-sm shadow-xs",
  "placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-60",
  "aria-invalid:border-destructive aria-invalid:focus-visible:outline-destructive",
);

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(CONTROL_CLASS, className)} {...props} />;
}
