import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { ORDER_TYPE_LABELS } from "@/components/orders/order-labels";
import { OrderRowLink } from "@/components/orders/order-row-link";
import { OrderTime } from "@/components/orders/order-time";
import type { NotificationListPage } from "@/lib/notifications/list-notifications";
import { notificationSummary, SOURCE_LABELS } from "./notification-labels";
import { NotificationOutcomeBadge } from "./notification-outcome-badge";

type NotificationRow = NotificationListPage["notifications"][number];

const TH = "px-3 py-2.5 text-left text-xs font-medium whitespace-nowrap text-muted-foreground";
const TD = "px-3 py-2.5 align-top";

/** One row per notification; the code opens its detail page with the body as received. */
export function NotificationsTable({ org, notifications }: { org: string; notifications: NotificationRow[] }) {
  return (
    <div className="relative scroll-x-cue overflow-x-auto rounded-lg border shadow-xs">
      <table aria-label="Notifications" className="w-full border-collapse text-sm">
        <thead className="border-b bg-muted/50">
          <tr>
            <th scope="col" className={TH}>Received</th>
            <th scope="col" className={TH}>Notification</th>
            <th scope="col" className={TH}>Order</th>
            <th scope="col" className={TH}>Rate center</th>
            <th scope="col" className={TH}>Source</th>
            <th scope="col" className={cn(TH, "text-right")} title="How often it arrived: redeliveries and the other channel count here and change nothing">
              Deliveries
            </th>
            <th scope="col" className={TH}>Outcome</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {notifications.map((notification) => {
            const href = `/${org}/notifications/${notification.id}`;
            return (
              <OrderRowLink key={notification.id} href={href} className="transition-colors hover:bg-accent/60 focus-within:bg-accent/60">
                <td className={cn(TD, "whitespace-nowrap")}>
                  <OrderTime value={notification.receivedAt.toISOString()} />
                </td>
                <td className={cn(TD, "min-w-60 max-w-md")}>
                  <NotificationCell href={href} notification={notification} />
                </td>
                <td className={cn(TD, "whitespace-nowrap")}>
                  <OrderCell org={org} notification={notification} />
                </td>
                <td className={cn(TD, "whitespace-nowrap")}>
                  {notification.rateCenter ? (
                    <>
                      {notification.rateCenter}
                      {notification.state && <span className="text-muted-foreground">, {notification.state}</span>}
                    </>
                  ) : (
                    <span className="text-muted-foreground" title="About the whole voice order, not one rate center">—</span>
                  )}
                </td>
                <td className={cn(TD, "whitespace-nowrap")}>{SOURCE_LABELS[notification.source]}</td>
                <td className={cn(TD, "text-right tabular-nums")}>{notification.deliveries}</td>
                <td className={cn(TD, "whitespace-nowrap")}>
                  <NotificationOutcomeBadge outcome={notification.outcome} />
                </td>
              </OrderRowLink>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function NotificationCell({ href, notification }: { href: string; notification: NotificationRow }) {
  if (notification.notificationCode === null) {
    return (
      <>
        <Link href={href} className="font-medium text-primary underline-offset-4 hover:underline">
          Could not be read
        </Link>
        {notification.error && <p className="mt-0.5 line-clamp-2 text-xs text-muted-foreground">{notification.error}</p>}
      </>
    );
  }
  const summary = notificationSummary(notification.notificationCode, notification.rateCenter);
  return (
    <>
      <Link href={href} className="font-medium text-primary underline-offset-4 hover:underline">
        <span className="font-mono">{notification.notificationCode}</span>
        <span className="sr-only"> notification</span>
      </Link>{" "}
      <span className="font-medium">{summary ?? "A code the guide does not list."}</span>
      {notification.notificationMessage && (
        <p className="mt-0.5 line-clamp-2 text-xs text-muted-foreground" title={notification.notificationMessage}>
          Lumen: {notification.notificationMessage}
        </p>
      )}
    </>
  );
}

function OrderCell({ org, notification }: { org: string; notification: NotificationRow }) {
  if (notification.order) {
    return (
      <Link href={`/${org}/orders/${notification.order.id}`} className="text-primary underline-offset-4 hover:underline">
        {ORDER_TYPE_LABELS[notification.order.type]}
        <span className="ml-1.5 font-mono text-xs">{notification.order.voiceOrderId ?? notification.order.externalOrderId}</span>
      </Link>
    );
  }
  if (notification.outcome === "malformed") return <span className="text-muted-foreground">—</span>;
  return (
    <span className="flex flex-col">
      <span className="text-muted-foreground">No matching order</span>
      {notification.voiceOrderId && <span className="font-mono text-xs text-muted-foreground">{notification.voiceOrderId}</span>}
    </span>
  );
}
