"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { NetworkError, PortalError, placeOrderAgain } from "@/components/wizard/portal-api";
import { OrderActionDialog } from "./order-actions-dialog";
import { OrderActionRefusal } from "./order-actions-refusal";

interface PlaceAgainDialogProps {
  org: string;
  orderId: string;
  typeLabel: string;
  numberCount: number;
}

/**
 * Sends the request of an order that never reached Lumen as a new order and opens it. The
 * server derives the new order's idempotency key from this one, so a second click, tab or
 * colleague only finds the same new order.
 */
export function PlaceAgainDialog({ org, orderId, typeLabel, numberCount }: PlaceAgainDialogProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<PortalError | NetworkError | null>(null);

  function openDialog(next: boolean) {
    if (next) setError(null);
    setOpen(next);
  }

  async function confirm(): Promise<boolean> {
    setSending(true);
    setError(null);
    try {
      const placed = await placeOrderAgain(org, orderId);
      toast.success(placed.order.voiceOrderId ? `Placed again: Lumen accepted it as ${placed.order.voiceOrderId}.` : "Placed again.");
      router.push(`/${org}/orders/${placed.order.id}`);
      return true;
    } catch (caught) {
      setError(caught instanceof PortalError || caught instanceof NetworkError ? caught : new NetworkError(String(caught)));
      return false;
    } finally {
      setSending(false);
    }
  }

  // Lumen refused the new order, or could not take it either: the new order is recorded all the same.
  const newOrderId = error instanceof PortalError && typeof error.details.orderId === "string" && error.details.orderId !== orderId ? error.details.orderId : null;
  const numbers = numberCount === 1 ? ", with its number," : numberCount > 1 ? `, with its ${numberCount} numbers,` : "";
  return (
    <OrderActionDialog
      trigger={
        <Button type="button" variant="outline">
          Place it again
        </Button>
      }
      open={open}
      onOpenChange={openDialog}
      title={`Place this ${typeLabel.toLowerCase()} order again?`}
      confirmLabel="Place it again"
      confirmVariant="primary"
      sending={sending}
      onConfirm={confirm}
      description={
        <>
          <p>
            The portal sends the request kept with this order{numbers} to Lumen as a new order under a new external order ID, and opens
            it. It is checked against today&apos;s rules first.
          </p>
          <p>This order stays as it is, marked failed, and points to the new one.</p>
        </>
      }
    >
      {error && <OrderActionRefusal error={error} action="order" />}
      {newOrderId && (
        <p className="text-sm">
          <Link href={`/${org}/orders/${newOrderId}`} className="text-primary underline-offset-4 hover:underline">
            Open the new order
          </Link>
        </p>
      )}
    </OrderActionDialog>
  );
}
