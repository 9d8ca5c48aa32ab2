import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { OrderEventKind } from "@/lib/db/generated/enums";
import type { OrderDetail } from "@/lib/orders/get-order-or-throw";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderTime } from "./order-time";

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

const DOT: Partial<Record<OrderEventKind, string>> = {
  rejected: "bg-red-500",
  failed: "bg-red-500",
  accepted: "bg-sky-500",
  notification: "bg-indigo-500",
};

/** Everything that happened to the order, oldest first, as an ordered list. */
export function OrderTimeline({ org, events }: { org: string; events: OrderDetail["events"] }) {
  return (
    <Card aria-labelledby="order-timeline-title">
      <CardHeader>
        <CardTitle id="order-timeline-title">Timeline</CardTitle>
        <CardDescription>What the portal and Lumen did with this order, oldest first.</CardDescription>
      </CardHeader>
      <CardContent>
        {events.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing recorded yet.</p>
        ) : (
          <ol className="relative flex flex-col gap-5 border-l pl-5">
            {events.map((event) => (
              <li key={event.id} className="relative flex flex-col gap-1">
                <span
                  aria-hidden
                  className={cn(
                    "absolute top-1.5 -left-[25px] size-2.5 rounded-full ring-4 ring-card",
                    DOT[event.kind] ?? "bg-muted-foreground",
                  )}
                />
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="text-sm font-medium">{event.placedAgainAs ? "Placed again" : KIND_LABELS[event.kind]}</span>
                  {event.status && <OrderStatusBadge status={event.status} />}
                  {event.lumenCode !== null && (
                    <span className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs">Lumen {event.lumenCode}</span>
                  )}
                </div>
                <span className="text-xs text-muted-foreground">
                  <OrderTime value={event.createdAt.toISOString()} mode="absolute" />
                </span>
                {event.message && <p className="text-sm text-muted-foreground">{event.message}</p>}
                {event.placedAgainAs && (
                  <Link href={`/${org}/orders/${event.placedAgainAs}`} className="text-sm text-primary underline-offset-4 hover:underline">
                    Open the new order
                  </Link>
                )}
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
