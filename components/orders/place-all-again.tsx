"use client";

import { AlertDialog } from "radix-ui";
import { AlertDialogPanel } from "@/components/ui/alert-dialog-panel";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { NetworkError, PortalError, placeOrderAgain, type PlacedOrder } from "@/components/wizard/portal-api";

// After an outage, the orders that never reached Lumen placed again in one go: one after
// the other through the same route as an order page's "Place it again" (so each is placed
// once however often this runs, in this tab or another), with each one's outcome shown as
// it comes. The list is the one shown when the dialog opened; what refreshes behind it
// (the dashboard's poll, a wizard's results) does not change it, nor close it.

/** An order that never reached Lumen, and how its list names it. */
export interface OrderToPlaceAgain {
  id: string;
  name: ReactNode;
}

type Outcome =
  | { state: "waiting" | "sending" }
  | { state: "placed"; orderId: string; voiceOrderId: string | null }
  | { state: "refused"; message: string; code: string; orderId: string | null };

function outcomeOf(error: unknown): Outcome {
  if (error instanceof PortalError) {
    const orderId = typeof error.details.orderId === "string" ? error.details.orderId : null;
    const code = error.lumenCode !== null ? `Lumen ${error.lumenCode}` : error.code;
    return { state: "refused", message: error.message, code, orderId };
  }
  return { state: "refused", message: "The portal could not be reached from this browser.", code: "NETWORK", orderId: null };
}

interface PlaceAllAgainProps {
  org: string;
  orders: OrderToPlaceAgain[];
  /** Open or closed as its holder says, so the holder can outlive the orders behind an open dialog. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Each order placed again, as it is: `orderId` is the order that never reached Lumen. */
  onPlaced?: (orderId: string, placed: PlacedOrder["order"]) => void;
}

export function PlaceAllAgain({ org, orders, open, onOpenChange, onPlaced }: PlaceAllAgainProps) {
  const [batch, setBatch] = useState<OrderToPlaceAgain[]>([]);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [running, setRunning] = useState(false);
  const stateOf = (order: OrderToPlaceAgain) => outcomes[order.id]?.state ?? "waiting";
  const settled = batch.filter((order) => stateOf(order) === "placed" || stateOf(order) === "refused").length;
  const done = batch.length > 0 && settled === batch.length;
  const placed = batch.filter((order) => stateOf(order) === "placed").length;

  function openDialog(next: boolean) {
    if (running) return;
    if (next) {
      setBatch(orders);
      setOutcomes(Object.fromEntries(orders.map((order) => [order.id, { state: "waiting" }])));
    }
    onOpenChange(next);
  }

  async function placeAll() {
    setRunning(true);
    for (const order of batch) {
      setOutcomes((current) => ({ ...current, [order.id]: { state: "sending" } }));
      let outcome: Outcome;
      try {
        const answer = await placeOrderAgain(org, order.id);
        outcome = { state: "placed", orderId: answer.order.id, voiceOrderId: answer.order.voiceOrderId };
        onPlaced?.(order.id, answer.order);
      } catch (error) {
        if (!(error instanceof PortalError || error instanceof NetworkError)) throw error;
        outcome = outcomeOf(error);
      }
      setOutcomes((current) => ({ ...current, [order.id]: outcome }));
    }
    setRunning(false);
  }

  const count = orders.length;
  return (
    <AlertDialog.Root open={open} onOpenChange={openDialog}>
      {/* None left once the refresh behind the open dialog finds them placed. */}
      {count > 0 && (
        <AlertDialog.Trigger asChild>
          <Button type="button" variant="outline" size="sm" className="self-start">
            Place {count === 1 ? "it" : `all ${count}`} again
          </Button>
        </AlertDialog.Trigger>
      )}
      <AlertDialogPanel className="w-[min(40rem,calc(100vw-2rem))]">
        <AlertDialog.Title className="text-lg font-semibold">
          Place {batch.length === 1 ? "this order" : `these ${batch.length} orders`} again?
        </AlertDialog.Title>
        <AlertDialog.Description className="text-sm text-muted-foreground">
          Each is sent to Lumen as a new order with the request kept with it, one after the other, checked against today&apos;s rules
          first. Those refused stay as they are, with the reason below.
        </AlertDialog.Description>
        <ol aria-label="Orders to place again" className="flex flex-col divide-y rounded-md border text-sm">
          {batch.map((order) => (
            <li key={order.id} className="flex flex-col gap-0.5 px-3 py-2">
              <span className="font-medium">{order.name}</span>
              <OutcomeLine org={org} outcome={outcomes[order.id] ?? { state: "waiting" }} />
            </li>
          ))}
        </ol>
        <p role="status" aria-live="polite" className="text-sm">
          {running
            ? `Placing… ${settled} of ${batch.length} done.`
            : done
              ? `Done: ${placed} of ${batch.length} placed again.`
              : ""}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          {done ? (
            <AlertDialog.Cancel asChild>
              <Button type="button">Close</Button>
            </AlertDialog.Cancel>
          ) : (
            <>
              <AlertDialog.Cancel asChild>
                <Button type="button" variant="outline" disabled={running}>
                  Keep them as they are
                </Button>
              </AlertDialog.Cancel>
              <Button type="button" onClick={placeAll} busy={running}>
                {running ? "Placing…" : batch.length === 1 ? "Place it again" : `Place all ${batch.length} again`}
              </Button>
            </>
          )}
        </div>
      </AlertDialogPanel>
    </AlertDialog.Root>
  );
}

function OutcomeLine({ org, outcome }: { org: string; outcome: Outcome }) {
  switch (outcome.state) {
    case "waiting":
      return <span className="text-muted-foreground">Waiting</span>;
    case "sending":
      return <span className="text-muted-foreground">Sending to Lumen…</span>;
    case "placed":
      return (
        <span>
          Placed again{outcome.voiceOrderId ? ` as ${outcome.voiceOrderId}` : ""}.{" "}
          <Link href={`/${org}/orders/${outcome.orderId}`} className="text-primary underline underline-offset-4">
            Open the new order
          </Link>
        </span>
      );
    case "refused":
      return (
        <span className="text-red-800 dark:text-red-200">
          <span className="mr-1 rounded border px-1 py-0.5 font-mono text-xs">{outcome.code}</span>
          {outcome.message}
          {outcome.orderId && (
            <>
              {" "}
              <Link href={`/${org}/orders/${outcome.orderId}`} className="text-primary underline underline-offset-4">
                Open the order
              </Link>
            </>
          )}
        </span>
      );
  }
}
