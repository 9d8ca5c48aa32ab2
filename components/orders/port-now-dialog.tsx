"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { formatCalendarDay } from "@/lib/dates/format-dates";
import { OrderActionDialog } from "./order-actions-dialog";
import { OrderActionRefusal } from "./order-actions-refusal";
import { useActingOrder } from "./order-actions-send";

interface PortNowDialogProps {
  org: string;
  orderId: string;
  voiceOrderId: string;
  /** ISO; port now is offered only once Lumen has set it. */
  focDate: string;
  numberCount: number;
}

/** Bring a port with its FOC date forward to now; the order completes when Lumen says so (10002). */
export function PortNowDialog({ org, orderId, voiceOrderId, focDate, numberCount }: PortNowDialogProps) {
  const [open, setOpen] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState("");
  const { send, sending, error, clearError } = useActingOrder(org);

  function openDialog(next: boolean) {
    if (next) {
      setIdempotencyKey(`port-now-${crypto.randomUUID()}`);
      clearError();
    }
    setOpen(next);
  }

  async function confirm(): Promise<boolean> {
    if (!(await send({ type: "port_now", idempotencyKey, orderId }))) return false;
    toast.success(`Lumen accepted port now for ${voiceOrderId}.`);
    return true;
  }

  const numbers = numberCount === 1 ? "its number" : `its ${numberCount} numbers`;
  return (
    <>
      <OrderActionDialog
        trigger={
          <Button type="button" variant="outline">
            Port now
          </Button>
        }
        open={open}
        onOpenChange={openDialog}
        title={`Port ${voiceOrderId} now?`}
        confirmLabel="Port now"
        confirmVariant="primary"
        sending={sending}
        onConfirm={confirm}
        description={
          <>
            <p>
              Lumen activates the port at once instead of on its FOC date ({formatCalendarDay(focDate, { year: true })}), and {numbers} start working on Lumen&apos;s
              network. Make sure the subscriber is ready.
            </p>
            <p>The order shows completed when Lumen confirms it (10002).</p>
          </>
        }
      >
        {error && <OrderActionRefusal error={error} action="port now" />}
      </OrderActionDialog>
    </>
  );
}
