import { Hourglass } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { OrderListPage } from "@/lib/orders/list-orders";
import { BackorderCountdown } from "./backorder-countdown";
import { ORDER_TYPE_LABELS, PRODUCT_LABELS } from "./order-labels";
import { OrderRowLink } from "./order-row-link";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderTime } from "./order-time";
import { SubAccountName } from "@/components/sub-accounts/sub-account-name";

type OrderRow = OrderListPage["orders"][number];

interface OrdersTableProps {
  org: string;
  orders: OrderRow[];
  /** Staff see which reseller each order belongs to; a reseller sees only its own. */
  showSubAccount: boolean;
}

const TH = "px-3 py-2.5 text-left text-xs font-medium whitespace-nowrap text-muted-foreground";
const TD = "px-3 py-2.5 align-middle whitespace-nowrap";

export function OrdersTable({ org, orders, showSubAccount }: OrdersTableProps) {
  return (
    <div className="relative scroll-x-cue overflow-x-auto rounded-lg border shadow-xs">
      <table aria-label="Orders" className="w-full border-collapse text-sm">
        <thead className="border-b bg-muted/50">
          <tr>
            <th scope="col" className={TH}>Type</th>
            <th scope="col" className={TH}>Product</th>
            <th scope="col" className={TH}>Status</th>
            <th scope="col" className={TH}>Voice order ID</th>
            <th scope="col" className={cn(TH, "text-right")}>Numbers</th>
            {showSubAccount && <th scope="col" className={TH}>Sub-account</th>}
            <th scope="col" className={TH}>Submitted by</th>
            <th scope="col" className={TH}>Created</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {orders.map((order) => {
            const waiting = order.status === "awaiting_approval";
            const href = `/${org}/orders/${order.id}`;
            const product = order.productId ? PRODUCT_LABELS[order.productId] : undefined;
            return (
              <OrderRowLink
                key={order.id}
                href={href}
                className={cn(
                  "transition-colors hover:bg-accent/60 focus-within:bg-accent/60",
                  waiting && "bg-amber-50/80 shadow-[inset_3px_0_0_var(--color-amber-400)] dark:bg-amber-950/40",
                )}
              >
                <td className={TD}>
                  <Link href={href} className="font-medium text-primary underline-offset-4 hover:underline">
                    {ORDER_TYPE_LABELS[order.type]}
                    <span className="sr-only"> order {order.voiceOrderId ?? order.externalOrderId}</span>
                  </Link>
                  {waiting && (
                    <span className="mt-0.5 flex items-center gap-1 text-xs font-medium text-amber-800 dark:text-amber-200">
                      <Hourglass aria-hidden className="size-3" />
                      Needs your approval
                    </span>
                  )}
                  {waiting && order.approvalDeadline && (
                    <BackorderCountdown deadline={order.approvalDeadline.toISOString()} className="mt-0.5 text-xs text-amber-800 dark:text-amber-200" />
                  )}
                </td>
                <td className={TD}>
                  {product ? (
                    <span title={product.long}>
                      {product.short} <span className="text-muted-foreground">{order.productId}</span>
                    </span>
                  ) : (
                    <span className="text-muted-foreground">—</span>
                  )}
                </td>
                <td className={TD}>
                  <OrderStatusBadge status={order.status} />
                </td>
                <td className={cn(TD, "font-mono text-xs")}>
                  {order.voiceOrderId ?? <span className="font-sans text-muted-foreground">Not assigned</span>}
                </td>
                <td className={cn(TD, "text-right tabular-nums")}>
                  <NumbersCell counts={order._count} />
                </td>
                {showSubAccount && (
                  <td className={TD}><SubAccountName name={order.subAccount?.name} /></td>
                )}
                <td className={cn(TD, "max-w-40 truncate")}>
                  {order.submittedBy?.name ?? <span className="text-muted-foreground">—</span>}
                </td>
                <td className={TD}>
                  <OrderTime value={order.createdAt.toISOString()} />
                </td>
              </OrderRowLink>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The numbers an order carries; a reservation Lumen has not completed has none yet, so it says how many it asked for. */
function NumbersCell({ counts }: { counts: OrderRow["_count"] }) {
  if (counts.numbers > 0 || counts.quantityAsked === 0) return counts.numbers;
  return (
    <span className="text-muted-foreground" title="Lumen names the reserved numbers when it completes the reservation.">
      {counts.quantityAsked} asked
    </span>
  );
}
