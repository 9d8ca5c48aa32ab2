"use client";

import { AlertDialog } from "radix-ui";
import { AlertDialogPanel } from "@/components/ui/alert-dialog-panel";
import { useRef, type ReactNode } from "react";
import { focusPageHeading } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";

// The confirmation every action on an order goes through: Radix's alert dialog brings the
// focus trap, Escape and the return of focus to the button that opened it, which is why
// that button is the dialog's own trigger (a button beside the dialog left focus on the
// page's body when the dialog closed). Once the action is placed that button may go (a
// cancelled order offers no cancel), so focus goes to the page's heading instead, above
// the order's new status.

interface OrderActionDialogProps {
  /** The button that opens the dialog; focus returns to it when the dialog closes. */
  trigger: ReactNode;
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** Cancels are destructive; port now is not. */
  confirmVariant?: "destructive" | "primary";
  sending: boolean;
  /** Places the action; true when it was placed, which closes the dialog. */
  onConfirm(): Promise<boolean>;
  children?: ReactNode;
}

export function OrderActionDialog({ trigger, open, onOpenChange, title, description, confirmLabel, confirmVariant = "destructive", sending, onConfirm, children }: OrderActionDialogProps) {
  const placed = useRef(false);

  async function confirm() {
    if (!(await onConfirm())) return;
    placed.current = true;
    onOpenChange(false);
  }

  function closeAutoFocus(event: Event) {
    if (!placed.current) return;
    placed.current = false;
    event.preventDefault();
    focusPageHeading();
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !sending && onOpenChange(next)}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialogPanel onCloseAutoFocus={closeAutoFocus} className="w-[min(36rem,calc(100vw-2rem))]">
        <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
        <AlertDialog.Description asChild>
          <div className="flex flex-col gap-2 text-sm text-muted-foreground">{description}</div>
        </AlertDialog.Description>
        {children}
        <div className="flex flex-wrap justify-end gap-2">
          <AlertDialog.Cancel asChild>
            <Button type="button" variant="outline" disabled={sending}>
              Keep the order as it is
            </Button>
          </AlertDialog.Cancel>
          <Button type="button" variant={confirmVariant} onClick={confirm} busy={sending}>
            {sending ? "Sending…" : confirmLabel}
          </Button>
        </div>
      </AlertDialogPanel>
    </AlertDialog.Root>
  );
}
