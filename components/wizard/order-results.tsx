import { CircleAlert, CircleCheck, CircleDashed, CircleX, LoaderCircle, RotateCw } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { PlaceAllAgain } from "@/components/orders/place-all-again";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { PlacedOrder } from "./portal-api";
import { resultMessage, type OrderResult } from "./use-order-batch";

interface OrderResultsProps {
  org: string;
  /** Names the list for assistive technology, e.g. "Reservation results". */
  label: string;
  /** What each order is, in the order of `results` ("DENVER, CO", "Request 2 of 3 …"). */
  names: string[];
  /** Shown while more than one order is on its way, e.g. "Sending 3 orders, one per rate center…". */
  sendingMessage: string;
  results: OrderResult[];
  pending: boolean;
  onRetry: (indexes: number[]) => void;
  /** An order of the batch that never reached Lumen was placed again (useOrderBatch's placedAgain). */
  onPlacedAgain: (orderId: string, placed: PlacedOrder["order"]) => void;
}

/**
 * What happened to each order of a batch, as it happens, with a link to each order. Each
 * row says in a word what happened; a refusal's message leads with Lumen's code where there
 * is one (codedMessage). The portal's own error codes (NOT_FOUND, LUMEN_REJECTED …) are for
 * programs reading its API and are not shown.
 */
export function OrderResults({ org, label, names, sendingMessage, results, pending, onRetry, onPlacedAgain }: OrderResultsProps) {
  const placed = results.filter((r) => r.state === "placed").length;
  const retry = results.flatMap((r, index) => (r.state === "not-sent" ? [index] : []));
  const done = !pending && results.every((r) => r.state !== "waiting" && r.state !== "sending");
  const status = useRef<HTMLParagraphElement>(null);
  // Recorded, but Lumen could not take them (an outage): placed again from here as the
  // dashboard's "Not placed" does, without opening each order.
  const toPlaceAgain = done
    ? results.flatMap((r, index) => (r.state === "unavailable" && r.placeable && r.orderId ? [{ id: r.orderId, name: names[index] ?? `Order ${index + 1}` }] : []))
    : [];
  const [placeAgainOpen, setPlaceAgainOpen] = useState(false);
  // Closed once all were placed again, the dialog has no button left to give the focus back
  // to: it goes to the count of orders placed, which now counts them.
  function placeAgainOpenChange(open: boolean) {
    setPlaceAgainOpen(open);
    if (open) return;
    requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body) status.current?.focus();
    });
  }
  // The button that sent the orders gives way to what comes next once all are answered, and
  // the focus it had would fall to the page's top: it goes to the count of orders placed.
  useEffect(() => {
    if (done && (document.activeElement === null || document.activeElement === document.body)) status.current?.focus();
  }, [done]);

  return (
    <div className="flex flex-col gap-3">
      <p ref={status} tabIndex={-1} role="status" aria-live="polite" className="text-sm font-medium outline-none">
        {done
          ? `${placed} of ${results.length} ${results.length === 1 ? "order" : "orders"} placed.`
          : results.length === 1
            ? "Sending the order…"
            : sendingMessage}
      </p>
      <ul aria-label={label} className="flex flex-col divide-y rounded-lg border bg-card">
        {results.map((result, index) => (
          <li key={names[index] ?? index} className="flex items-start gap-3 px-4 py-3 text-sm">
            <ResultLine org={org} name={names[index] ?? `Order ${index + 1}`} result={result} />
          </li>
        ))}
      </ul>
      {done && retry.length > 0 && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <Button type="button" variant="outline" size="sm" onClick={() => onRetry(retry)}>
            <RotateCw aria-hidden />
            Send again
          </Button>
          <span className="text-muted-foreground">
            No answer came back for {retry.length === 1 ? "one order" : `${retry.length} orders`}. Sending again uses the same
            keys, so an order that did arrive is not placed twice.
          </span>
        </div>
      )}
      {(toPlaceAgain.length > 0 || placeAgainOpen) && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <PlaceAllAgain org={org} orders={toPlaceAgain} open={placeAgainOpen} onOpenChange={placeAgainOpenChange} onPlaced={onPlacedAgain} />
          {toPlaceAgain.length > 0 && (
            <span className="text-muted-foreground">
              {toPlaceAgain.length === 1 ? "One order" : `${toPlaceAgain.length} orders`} never reached Lumen. Each is kept with
              its request and can be placed again, once, when Lumen answers.
            </span>
          )}
        </div>
      )}
    </div>
  );
}

function OrderLink({ org, orderId, children }: { org: string; orderId: string; children: ReactNode }) {
  return (
    <Link href={`/${org}/orders/${orderId}`} className="font-medium text-primary underline-offset-4 hover:underline">
      {children}
    </Link>
  );
}

function ResultLine({ org, name, result }: { org: string; name: string; result: OrderResult }) {
  const row = (icon: ReactNode, tone: string, status: string, body?: ReactNode) => (
    <>
      <span className={cn("mt-0.5 shrink-0 [&_svg]:size-4", tone)}>{icon}</span>
      <div className="flex min-w-0 flex-col gap-1">
        <p>
          <span className="font-semibold">{name}</span> — {status}
        </p>
        {body}
      </div>
    </>
  );
  switch (result.state) {
    case "waiting":
      return row(<CircleDashed aria-hidden />, "text-muted-foreground", "waiting");
    case "sending":
      return row(<LoaderCircle aria-hidden className="animate-spin" />, "text-sky-700 dark:text-sky-300", "sending…");
    case "placed":
      return row(
        <CircleCheck aria-hidden />,
        "text-emerald-700 dark:text-emerald-300",
        result.placedAgainFrom ? "placed again" : result.duplicate ? "already placed" : "placed",
        <p className="text-muted-foreground">
          Voice order ID{" "}
          <span className="font-mono text-foreground">{result.voiceOrderId ?? "not assigned yet"}</span> ·{" "}
          <OrderLink org={org} orderId={result.orderId}>
            View order
          </OrderLink>
        </p>,
      );
    case "refused":
      return row(
        <CircleX aria-hidden />,
        "text-red-700 dark:text-red-300",
        "refused",
        <p>
          {resultMessage(result)}
          {result.orderId && (
            <>
              {" "}
              · <OrderLink org={org} orderId={result.orderId}>View order</OrderLink>
            </>
          )}
        </p>,
      );
    case "unavailable":
      return row(
        <CircleAlert aria-hidden />,
        "text-amber-700 dark:text-amber-300",
        "Lumen unavailable",
        <p>
          {resultMessage(result)}
          {result.orderId && (
            <>
              {" "}
              · <OrderLink org={org} orderId={result.orderId}>View order</OrderLink> for what Lumen knows of it.
            </>
          )}
        </p>,
      );
    case "not-sent":
      return row(
        <CircleAlert aria-hidden />,
        "text-amber-700 dark:text-amber-300",
        "no answer",
        <p>{result.message}</p>,
      );
  }
}
