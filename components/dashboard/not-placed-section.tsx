"use client";

import { CloudOff } from "lucide-react";
import { useState, type ReactNode } from "react";
import { ORDER_TYPE_LABELS } from "@/components/orders/order-labels";
import { PlaceAllAgain, type OrderToPlaceAgain } from "@/components/orders/place-all-again";
import type { UnplacedOrder } from "@/lib/dashboard/dashboard-data";
import { NeedsYouSection } from "./needs-you-section";

/**
 * The orders that never reached Lumen, shown only after an outage (most periods have none,
 * and three columns read better). Once they are placed again the dashboard's next refresh
 * (every 5 s) has none left; while "Place all again" shows its outcomes, the section and
 * its dialog stay until the person closes it, or the outcomes would vanish under them.
 */
export function NotPlacedSection({ org, count, placeAgain, children }: { org: string; count: number; placeAgain: UnplacedOrder[]; children: ReactNode }) {
  const [dialogOpen, setDialogOpen] = useState(false);
  const showPlaceAgain = placeAgain.length > 0 || dialogOpen;
  if (count === 0 && !dialogOpen) return null;
  return (
    <NeedsYouSection icon={CloudOff} title="Not placed" count={count + (showPlaceAgain ? 1 : 0)} empty="">
      {children}
      {showPlaceAgain && (
        <li>
          <PlaceAllAgain org={org} orders={placeAgain.map(toPlaceAgain)} open={dialogOpen} onOpenChange={setDialogOpen} />
        </li>
      )}
    </NeedsYouSection>
  );
}

function toPlaceAgain(order: UnplacedOrder): OrderToPlaceAgain {
  return {
    id: order.id,
    name: (
      <>
        {ORDER_TYPE_LABELS[order.type]} <span className="font-mono text-xs">{order.externalOrderId}</span>
        {order.subAccountName && <span className="font-normal text-muted-foreground"> · {order.subAccountName}</span>}
      </>
    ),
  };
}
