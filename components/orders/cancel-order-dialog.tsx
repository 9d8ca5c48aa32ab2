"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { OrderActionDialog } from "./order-actions-dialog";
import { OrderActionRefusal } from "./order-actions-refusal";
import { useActingOrder } from "./order-actions-send";

interface CancelOrderDialogProps {
  org: string;
  orderId: string;
  voiceOrderId: string;
  /** "Port", "Install"… */
  typeLabel: string;
  numbers: string[];
  /** Child (transaction) orders Lumen reports; cancelling one cancels only its numbers. */
  childOrderIds: string[];
}

const SHOWN_NUMBERS = 10;

/** Cancel the whole voice order, or one child order under it, after saying exactly what goes. */
export function CancelOrderDialog({ org, orderId, voiceOrderId, typeLabel, numbers, childOrderIds }: CancelOrderDialogProps) {
  const [open, setOpen] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState("");
  const [target, setTarget] = useState<string>("whole");
  const { send, sending, error, clearError } = useActingOrder(org);

  function openDialog(next: boolean) {
    // A new key each time the dialog opens: a double click or a retry inside it sends one cancel.
    if (next) {
      setIdempotencyKey(`cancel-${crypto.randomUUID()}`);
      setTarget("whole");
      clearError();
    }
    setOpen(next);
  }

  async function confirm(): Promise<boolean> {
    const child = target === "whole" ? undefined : target;
    const sent = await send({ type: "cancel", idempotencyKey, orderId, ...(child && { childOrderId: child }) });
    if (sent) toast.success(child ? `Lumen accepted the cancel of child order ${child}.` : `Lumen accepted the cancel of ${voiceOrderId}.`);
    return sent;
  }

  const shown = numbers.slice(0, SHOWN_NUMBERS).map(formatTn).join(", ");
  const more = numbers.length > SHOWN_NUMBERS ? ` and ${numbers.length - SHOWN_NUMBERS} more` : "";

  return (
    <>
      <OrderActionDialog
        trigger={
          <Button type="button" variant="outline">
            Cancel the order
          </Button>
        }
        open={open}
        onOpenChange={openDialog}
        title={`Cancel ${typeLabel.toLowerCase()} order ${voiceOrderId}?`}
        confirmLabel={target === "whole" ? `Cancel ${voiceOrderId}` : `Cancel child order ${target}`}
        sending={sending}
        onConfirm={confirm}
        description={
          <>
            <p>
              {target === "whole" ? (
                <>
                  This cancels the whole voice order <strong className="font-mono">{voiceOrderId}</strong>
                  {numbers.length > 0 ? (
                    <>
                      {" "}
                      and every number on it: {shown}
                      {more}.
                    </>
                  ) : (
                    "."
                  )}
                </>
              ) : (
                <>
                  This cancels only the numbers of child order <strong className="font-mono">{target}</strong>; the rest of {voiceOrderId} goes on.
                </>
              )}
            </p>
            {childOrderIds.length === 0 && <p>Lumen reports no child (transaction) orders under this order, so the whole order is cancelled.</p>}
            <p>Lumen acts on a cancel at once; it cannot be undone.</p>
          </>
        }
      >
        {childOrderIds.length > 0 && (
          <fieldset className="flex flex-col gap-2 text-sm">
            <legend className="mb-1 font-medium">What to cancel</legend>
            {["whole", ...childOrderIds].map((choice) => (
              <label key={choice} className="flex items-center gap-2">
                <input type="radio" name="cancel-target" value={choice} checked={target === choice} onChange={() => setTarget(choice)} />
                {choice === "whole" ? `The whole order ${voiceOrderId}` : `Child order ${choice}`}
              </label>
            ))}
          </fieldset>
        )}
        {error && <OrderActionRefusal error={error} action="cancel" />}
      </OrderActionDialog>
    </>
  );
}
