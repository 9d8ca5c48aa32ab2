import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent } from "@/components/ui/card";
import type { OrderDetail } from "@/lib/orders/get-order-or-throw";
import { CopyButton } from "./copy-button";
import { ORDER_STATUS_INFO, ORDER_TYPE_LABELS, PRODUCT_LABELS } from "./order-labels";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderTime } from "./order-time";
import { DescriptionItem } from "@/components/ui/description-item";
import { SubAccountName } from "@/components/sub-accounts/sub-account-name";

// completedAt marks every final status but a failure: name the end the order came to.
const ENDED_AS: Partial<Record<string, string>> = { cancelled: "Cancelled", rejected: "Rejected" };

/** The facts of one order: identifiers to quote to Lumen, who placed it, when, and for whom. */
export function OrderSummary({ org, order }: { org: string; order: OrderDetail }) {
  const product = order.productId ? PRODUCT_LABELS[order.productId] : undefined;
  return (
    <Card aria-labelledby="order-summary-title">
      <CardContent>
        <h2 id="order-summary-title" className="sr-only">
          Order details
        </h2>
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
          <DescriptionItem term="Status">
            <span className="flex flex-col items-start gap-1">
              <OrderStatusBadge status={order.status} />
              <span className="text-xs font-normal text-muted-foreground">{ORDER_STATUS_INFO[order.status].meaning}</span>
            </span>
          </DescriptionItem>
          <DescriptionItem term="Product">{product ? product.long : order.productId ?? <Muted>None</Muted>}</DescriptionItem>
          <DescriptionItem term="Voice order ID">
            {order.voiceOrderId ? (
              <Copyable value={order.voiceOrderId} label="voice order ID" />
            ) : (
              <Muted>{order.status === "rejected" || order.status === "failed" ? "None: Lumen did not take the order" : "Not assigned by Lumen yet"}</Muted>
            )}
          </DescriptionItem>
          <DescriptionItem term="External order ID">
            <Copyable value={order.externalOrderId} label="external order ID" />
          </DescriptionItem>
          <DescriptionItem term="Submitted by">
            {order.submittedBy ? (
              <span className="flex flex-col">
                <span>{order.submittedBy.name}</span>
                <span className="truncate text-xs font-normal text-muted-foreground">{order.submittedBy.email}</span>
              </span>
            ) : (
              <Muted>A former member</Muted>
            )}
          </DescriptionItem>
          <DescriptionItem term="Submitted">
            <OrderTime value={order.createdAt.toISOString()} mode="absolute" />
          </DescriptionItem>
          <DescriptionItem term={order.completedAt ? (ENDED_AS[order.status] ?? "Completed") : "Last update"}>
            <OrderTime value={(order.completedAt ?? order.updatedAt).toISOString()} mode="absolute" />
          </DescriptionItem>
          <DescriptionItem term="Sub-account"><SubAccountName name={order.subAccount?.name} /></DescriptionItem>
          {order.parentOrder && (
            <DescriptionItem term="Acts on order">
              <span className="flex items-center gap-2">
                <Link href={`/${org}/orders/${order.parentOrder.id}`} className="text-primary underline-offset-4 hover:underline">
                  {ORDER_TYPE_LABELS[order.parentOrder.type]} order
                </Link>
                <OrderStatusBadge status={order.parentOrder.status} />
              </span>
            </DescriptionItem>
          )}
          {order.placedAgainFrom && (
            <DescriptionItem term="Places again">
              <Link href={`/${org}/orders/${order.placedAgainFrom}`} className="text-primary underline-offset-4 hover:underline">
                The {ORDER_TYPE_LABELS[order.type].toLowerCase()} order that never reached Lumen
              </Link>
            </DescriptionItem>
          )}
          {order.batch.length > 0 && (
            <DescriptionItem term="Placed together with" wide>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {order.batch.map((sibling) => (
                  <li key={sibling.id} className="flex items-center gap-2">
                    <Link href={`/${org}/orders/${sibling.id}`} className="text-primary underline-offset-4 hover:underline">
                      {ORDER_TYPE_LABELS[sibling.type]} {sibling.voiceOrderId ?? ""}
                    </Link>
                    <OrderStatusBadge status={sibling.status} />
                  </li>
                ))}
              </ul>
            </DescriptionItem>
          )}
          {order.childOrders.length > 0 && (
            <DescriptionItem term="Follow-up orders" wide>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {order.childOrders.map((child) => (
                  <li key={child.id} className="flex items-center gap-2">
                    <Link href={`/${org}/orders/${child.id}`} className="text-primary underline-offset-4 hover:underline">
                      {ORDER_TYPE_LABELS[child.type]}
                    </Link>
                    <OrderStatusBadge status={child.status} />
                  </li>
                ))}
              </ul>
            </DescriptionItem>
          )}
        </dl>
      </CardContent>
    </Card>
  );
}


function Muted({ children }: { children: ReactNode }) {
  return <span className="font-normal text-muted-foreground">{children}</span>;
}

function Copyable({ value, label }: { value: string; label: string }) {
  return (
    <span className="flex min-w-0 items-center gap-1">
      <span className="truncate font-mono text-xs" title={value}>
        {value}
      </span>
      <CopyButton value={value} label={label} />
    </span>
  );
}
