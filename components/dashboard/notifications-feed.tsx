import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { OrderTime } from "@/components/orders/order-time";
import type { FeedNotification } from "@/lib/dashboard/dashboard-data";

/** The latest notifications from Lumen, newest first, each linking to its order. */
export function NotificationsFeed({ org, notifications }: { org: string; notifications: FeedNotification[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Latest notifications</CardTitle>
        <CardDescription>What Lumen reported most recently, by webhook or by polling.</CardDescription>
      </CardHeader>
      <CardContent>
        {notifications.length === 0 ? (
          <p className="text-sm text-muted-foreground">No notification has arrived yet. Lumen reports each order&apos;s progress here.</p>
        ) : (
          <ol aria-label="Latest notifications" className="flex flex-col divide-y">
            {notifications.map((n) => (
              <li key={n.id} className="flex flex-col gap-0.5 py-2 first:pt-0 last:pb-0">
                <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                  {n.code !== null && <span className="font-mono text-xs font-semibold">{n.code}</span>}
                  <span>{n.summary}</span>
                </div>
                <div className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
                  {n.orderId ? (
                    <Link href={`/${org}/orders/${n.orderId}`} className="font-mono text-primary underline-offset-4 hover:underline">
                      {n.voiceOrderId ?? "Order"}
                    </Link>
                  ) : (
                    n.voiceOrderId && <span className="font-mono">{n.voiceOrderId} (no matching order)</span>
                  )}
                  <span>{n.source === "webhook" ? "Webhook" : "Poll"}</span>
                  <OrderTime value={n.receivedAt} />
                </div>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
