import { LoaderCircle } from "lucide-react";
import { Button, type ButtonProps } from "./button";
import { cn } from "./cn";

type SubmitButtonProps = Omit<ButtonProps, "type" | "asChild"> & {
  /** The request is in flight: block a second press and show that something is happening. */
  pending: boolean;
};

// The label stays the same while pending so that the button keeps its accessible name.
export function SubmitButton({ pending, disabled, className, children, ...props }: SubmitButtonProps) {
  return (
    <Button
      type="submit"
      busy={pending}
      disabled={disabled}
      className={cn("w-full", className)}
      {...props}
    >
      {pending && <LoaderCircle aria-hidden className="animate-spin" />}
      {children}
    </Button>
  );
}
