import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ORDER_STATUS_INFO, ORDER_TYPE_LABELS } from "@/components/orders/order-labels";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import type { DashboardData } from "@/lib/dashboard/dashboard-data";
import { PERIOD_LABELS } from "@/lib/dashboard/dashboard-period";
import type { OrderStatus, OrderType } from "@/lib/db/generated/enums";

/** The period's orders by status and by type, each count a link to those orders. */
export function OrderCounts({ org, data }: { org: string; data: DashboardData }) {
  const from = data.from.slice(0, 10);
  const statuses = Object.keys(ORDER_STATUS_INFO) as OrderStatus[];
  const types = (Object.keys(ORDER_TYPE_LABELS) as OrderType[]).filter((type) => data.byType[type] > 0);
  const ordersHref = (filter: string) => `/${org}/orders?${filter}&from=${from}`;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Orders in this period</CardTitle>
        <CardDescription>
          {data.totalInPeriod} {data.totalInPeriod === 1 ? "order" : "orders"} placed ({PERIOD_LABELS[data.period].toLowerCase()}, in days of UTC), follow-up
          orders such as supplements, cancels and approvals included, by where each stands now.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6 sm:grid-cols-2">
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-medium">By status</h3>
          <ul aria-label="Orders by status" className="flex flex-col gap-1 text-sm">
            {statuses.map((status) => (
              <li key={status} className="flex items-center justify-between gap-3">
                <Link href={ordersHref(`status=${status}`)} className="rounded-full underline-offset-4 hover:underline">
                  <OrderStatusBadge status={status} />
                </Link>
                <span className="tabular-nums font-medium">{data.byStatus[status]}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-medium">By type</h3>
          {types.length === 0 ? (
            <p className="text-sm text-muted-foreground">No orders placed in this period.</p>
          ) : (
            <ul aria-label="Orders by type" className="flex flex-col gap-1 text-sm">
              {types.map((type) => (
                <li key={type} className="flex items-center justify-between gap-3">
                  <Link href={ordersHref(`type=${type}`)} className="text-primary underline-offset-4 hover:underline">
                    {ORDER_TYPE_LABELS[type]}
                  </Link>
                  <span className="tabular-nums font-medium">{data.byType[type]}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
