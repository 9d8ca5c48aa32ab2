"use client";

import { AlertDialog } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * The overlay and the centred panel of every confirmation dialog (Radix's alert dialog:
 * focus trap, Escape, focus back to the trigger). It scrolls when taller than the screen;
 * `className` may widen it.
 */
export function AlertDialogPanel({ className, children, ...props }: ComponentProps<typeof AlertDialog.Content>) {
  return (
    <AlertDialog.Portal>
      <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
      <AlertDialog.Content
        {...props}
        className={cn(
          "fixed top-1/2 left-1/2 z-50 flex max-h-[90vh] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-lg border bg-card p-6 text-card-foreground shadow-lg",
          className,
        )}
      >
        {children}
      </AlertDialog.Content>
    </AlertDialog.Portal>
  );
}
