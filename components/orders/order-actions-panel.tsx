"use client";

import { Ban, CircleCheck } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { focusPageHeading } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CodeTag } from "@/components/wizard/coded-alert";
import { formatCalendarDay } from "@/lib/dates/format-dates";
import { listedWhenNotPossible, ORDER_ACTION_LABELS, ORDER_ACTIONS, type OrderActionKind, type OrderActions } from "@/lib/orders/order-actions";
import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";
import { IN_FLIGHT_STATUSES } from "@/lib/orders/lumen-status";
import type { PortFacts } from "@/lib/orders/supplement-versions";
import Link from "next/link";
import { CancelOrderDialog } from "./cancel-order-dialog";
import { PlaceAgainDialog } from "./place-again-dialog";
import { PortNowDialog } from "./port-now-dialog";
import { SupplementPortForm } from "./supplement-port-form";

interface OrderActionsPanelProps {
  org: string;
  orderId: string;
  voiceOrderId: string | null;
  typeLabel: string;
  orderType: OrderType;
  orderStatus: OrderStatus;
  actions: OrderActions;
  /** The order that placed this failed one again, once one did. */
  placedAgainAs: string | null;
  /** ISO; a port's FOC date once Lumen has set it. */
  focDate: string | null;
  numbers: string[];
  /** A port's facts as Lumen last took them, for the supplement form. */
  current: PortFacts | null;
}

/** Where the action is, for those the page offers elsewhere. */
const ELSEWHERE: Partial<Record<OrderActionKind, string>> = {
  approve_backorder: "Answer it in the backorder panel above.",
  check_with_lumen: "Use Check with Lumen at the top of the page.",
};

/** "What you can do now": each possible action as a button, each impossible one with the reason. */
export function OrderActionsPanel({ org, orderId, voiceOrderId, typeLabel, orderType, orderStatus, actions, placedAgainAs, focDate, numbers, current }: OrderActionsPanelProps) {
  const [supplementing, setSupplementing] = useState(false);
  const formArea = useRef<HTMLDivElement>(null);
  const supplementButton = useRef<HTMLButtonElement>(null);
  const possible = ORDER_ACTIONS.filter((kind) => actions[kind].available);
  // An action this order could not have (port now on a reservation, placing again an
  // order Lumen took) is left out rather than listed with its reason.
  const impossible = ORDER_ACTIONS.flatMap((kind) => {
    const action = actions[kind];
    return action.available || !listedWhenNotPossible(kind, { type: orderType, status: orderStatus }) ? [] : [action];
  });

  function openSupplement() {
    setSupplementing(true);
    requestAnimationFrame(() => formArea.current?.querySelector<HTMLElement>("[data-supplement-heading]")?.focus());
  }

  // The form goes, and with it whatever had the focus: back to the button that opened it,
  // or to the page's heading when the order moved on and the button went too.
  function closeSupplement() {
    setSupplementing(false);
    requestAnimationFrame(() => (supplementButton.current?.isConnected ? supplementButton.current.focus() : focusPageHeading()));
  }

  function button(kind: OrderActionKind) {
    if (kind === "place_again") return <PlaceAgainDialog org={org} orderId={orderId} typeLabel={typeLabel} numberCount={numbers.length} />;
    if (!voiceOrderId) return null;
    switch (kind) {
      case "cancel":
        return <CancelOrderDialog org={org} orderId={orderId} voiceOrderId={voiceOrderId} typeLabel={typeLabel} numbers={numbers} childOrderIds={[]} />;
      case "port_now":
        return focDate && <PortNowDialog org={org} orderId={orderId} voiceOrderId={voiceOrderId} focDate={focDate} numberCount={numbers.length} />;
      case "supplement":
        return (
          <Button ref={supplementButton} type="button" variant="outline" onClick={openSupplement} aria-expanded={supplementing}>
            Supplement the port
          </Button>
        );
      default:
        return null;
    }
  }

  return (
    <Card aria-labelledby="order-actions-title">
      <CardHeader>
        <CardTitle id="order-actions-title">What you can do now</CardTitle>
        <CardDescription>
          {/* A port cancelled or refused keeps the date Lumen had set, which no longer means anything. */}
          {focDate && (IN_FLIGHT_STATUSES.has(orderStatus) || orderStatus === "completed") ? <>FOC date: {formatCalendarDay(focDate, { year: true })}. </> : null}
          What Lumen accepts for this order at this moment, and why the rest is not possible.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {possible.length > 0 ? (
          <ul aria-label="Possible now" className="flex flex-col gap-2">
            {possible.map((kind) => (
              <li key={kind} className="flex flex-wrap items-center gap-3 text-sm">
                <CircleCheck aria-hidden className="size-4 text-emerald-600" />
                {button(kind) ?? <span className="font-medium">{ORDER_ACTION_LABELS[kind]}</span>}
                {ELSEWHERE[kind] && <span className="text-muted-foreground">{ELSEWHERE[kind]}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">Nothing can be done to this order now.</p>
        )}
        {/* Closed once the port can no longer be supplemented (finished meanwhile): "Not possible now" says why. */}
        {supplementing && actions.supplement.available && current && voiceOrderId && (
          <div ref={formArea}>
            <SupplementPortForm
              org={org}
              orderId={orderId}
              voiceOrderId={voiceOrderId}
              current={current}
              portNumbers={numbers}
              onClose={closeSupplement}
            />
          </div>
        )}
        {impossible.length > 0 && (
          <div className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold">Not possible now</h3>
            <ul aria-label="Not possible now" className="flex flex-col gap-2">
              {impossible.map((action) => (
                <li key={action.kind} className="flex gap-3 text-sm">
                  <Ban aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
                  <span>
                    <span className="font-medium">{ORDER_ACTION_LABELS[action.kind]}</span>
                    {": "}
                    {action.lumenCode !== undefined && <CodeTag>Lumen {action.lumenCode}</CodeTag>}
                    <span className="text-muted-foreground">{action.reason}</span>
                    {action.kind === "place_again" && placedAgainAs && (
                      <>
                        {" "}
                        <Link href={`/${org}/orders/${placedAgainAs}`} className="text-primary underline underline-offset-4">
                          Open the new order
                        </Link>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
