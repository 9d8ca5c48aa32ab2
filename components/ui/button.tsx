import { Slot } from "radix-ui";
import type { ComponentProps, MouseEvent } from "react";
import { cn } from "./cn";

const VARIANTS = {
  primary: "bg-primary text-primary-foreground shadow-sm hover:bg-primary/90",
  outline: "border border-input bg-card hover:bg-accent hover:text-accent-foreground",
  ghost: "hover:bg-accent hover:text-accent-foreground",
  destructive: "bg-destructive text-destructive-foreground shadow-sm hover:bg-destructive/90",
} as const;

const SIZES = {
  sm: "h-8 gap-1.5 px-3 text-sm",
  md: "h-9 gap-2 px-4 text-sm",
  icon: "size-9",
} as const;

export type ButtonProps = ComponentProps<"button"> & {
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
  /** Render the single child (e.g. a Link) with the button's look instead of a <button>. */
  asChild?: boolean;
  /**
   * Its request is in flight: presses do nothing and it looks disabled, but it keeps the
   * focus. A `disabled` button that has the focus drops it to the page's top, so keyboard
   * and screen-reader users would lose their place at every click.
   */
  busy?: boolean;
};

/** A press on a busy button; also keeps a submit button from submitting its form again. */
function ignorePress(event: MouseEvent<HTMLButtonElement>) {
  event.preventDefault();
}

export function Button({ variant = "primary", size = "md", asChild, busy = false, className, onClick, ...props }: ButtonProps) {
  const Component = asChild ? Slot.Root : "button";
  return (
    <Component
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors",
        "disabled:pointer-events-none disabled:opacity-60 aria-busy:cursor-progress aria-busy:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0",
        VARIANTS[variant],
        SIZES[size],
        className,
      )}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      // Only a busy button gets a handler of ours: server components render the others.
      onClick={busy ? ignorePress : onClick}
      {...props}
    />
  );
}
