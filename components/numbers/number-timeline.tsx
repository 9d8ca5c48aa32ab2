import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ORDER_TYPE_LABELS } from "@/components/orders/order-labels";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { OrderTime } from "@/components/orders/order-time";
import type { OrderEventKind } from "@/lib/db/generated/enums";
import type { NumberTimelineEntry } from "@/lib/numbers/number-timeline";

const KIND_LABELS: Record<OrderEventKind, string> = {
  submitted: "Submitted to Lumen",
  accepted: "Accepted by Lumen",
  rejected: "Rejected by Lumen",
  failed: "Failed",
  reconciled: "Checked with Lumen",
  retried: "Sent again",
  status_changed: "Status changed",
  notification: "Notification from Lumen",
};

function orderName(order: NumberTimelineEntry["order"]): string {
  const own = `${ORDER_TYPE_LABELS[order.type]} order`;
  return order.actsOn ? `${own} on the ${ORDER_TYPE_LABELS[order.actsOn].toLowerCase()} order` : own;
}

/** Every order that touched the number, one entry per event, newest first. */
export function NumberTimeline({ org, entries }: { org: string; entries: NumberTimelineEntry[] }) {
  return (
    <Card aria-labelledby="number-timeline-title">
      <CardHeader>
        <CardTitle id="number-timeline-title">History</CardTitle>
        <CardDescription>Every order the portal placed on this number and what became of it, newest first.</CardDescription>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <p className="text-sm text-muted-foreground">No order of the portal has touched this number yet.</p>
        ) : (
          <ol className="relative flex flex-col gap-5 border-l pl-5">
            {entries.map((entry) => (
              <li key={entry.id} className="relative flex flex-col gap-1">
                <span aria-hidden className="absolute top-1.5 -left-[25px] size-2.5 rounded-full bg-muted-foreground ring-4 ring-card" />
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <Link href={`/${org}/orders/${entry.order.id}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
                    {orderName(entry.order)}
                  </Link>
                  <span className="text-sm">{KIND_LABELS[entry.kind]}</span>
                  {entry.status && <OrderStatusBadge status={entry.status} />}
                  {entry.lumenCode !== null && <span className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs">Lumen {entry.lumenCode}</span>}
                </div>
                <span className="text-xs text-muted-foreground">
                  <OrderTime value={entry.at.toISOString()} mode="absolute" />
                  {entry.order.voiceOrderId && <span className="font-mono"> · {entry.order.voiceOrderId}</span>}
                </span>
                {entry.message && <p className="text-sm text-muted-foreground">{entry.message}</p>}
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
