import type { ComponentProps } from "react";
import { cn } from "./cn";
import { CONTROL_CLASS } from "./input";

// A styled native <select>: keyboard, screen reader and mobile behaviour come for free and
// react-hook-form registers it like an input.
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(CONTROL_CLASS, "pr-8", className)} {...props} />;
}
