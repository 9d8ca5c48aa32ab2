import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/shell/page-header";
import type { OrderDetail } from "@/lib/orders/get-order-or-throw";
import { CheckWithLumenButton } from "./check-with-lumen-button";
import { JsonBlock } from "./json-block";
import { OrderAttentionBox } from "./order-attention-box";
import { OrderAutoRefresh } from "./order-auto-refresh";
import { isFinalStatus, ORDER_STATUS_INFO, ORDER_TYPE_LABELS, PRODUCT_LABELS } from "./order-labels";
import { OrderNumbers } from "./order-numbers";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderSummary } from "./order-summary";
import { OrderTimeline } from "./order-timeline";

interface OrderDetailViewProps {
  org: string;
  order: OrderDetail;
  /** A reservation's backorder offer and outcomes; its panel stands in for the generic "waiting" box. */
  backorder?: ReactNode;
  /** "What you can do now" for an order others act on. */
  actions?: ReactNode;
  /** What the order asked of Lumen, in words. */
  asked?: ReactNode;
  /** A port's versions: as sent, then each supplement. */
  versions?: ReactNode;
}

export function OrderDetailView({ org, order, backorder, actions, asked, versions }: OrderDetailViewProps) {
  const final = isFinalStatus(order.status);
  const product = order.productId ? PRODUCT_LABELS[order.productId] : undefined;

  return (
    <>
      {!final && <OrderAutoRefresh />}
      <div className="-mb-3">
        <Link
          href={`/${org}/orders`}
          className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
        >
          <ArrowLeft aria-hidden className="size-4" />
          All orders
        </Link>
      </div>
      <PageHeader
        title={`${ORDER_TYPE_LABELS[order.type]} order`}
        description={
          <>
            <span className="flex flex-wrap items-center gap-2">
              <OrderStatusBadge status={order.status} />
              {product && <span>{product.long}</span>}
            </span>
            <span className="mt-1.5 block">
              {ORDER_STATUS_INFO[order.status].meaning}
              {!final && " This page updates itself every 15 seconds."}
            </span>
          </>
        }
        actions={
          !final ? (
            <CheckWithLumenButton org={org} orderId={order.id} />
          ) : (
            <Button variant="outline" asChild>
              <Link href={`/${org}/orders`}>Back to orders</Link>
            </Button>
          )
        }
      />
      {!(backorder && order.status === "awaiting_approval") && <OrderAttentionBox order={order} org={org} />}
      {backorder}
      {actions}
      <OrderSummary org={org} order={order} />
      {asked}
      {versions}
      <div className="grid gap-6 lg:grid-cols-2">
        <OrderTimeline org={org} events={order.events} />
        <OrderNumbers org={org} order={order} />
      </div>
      <div className="flex flex-col gap-3">
        <JsonBlock title="Request as sent" value={order.request} emptyText="nothing recorded" />
        <JsonBlock title="Lumen's response" value={order.response} emptyText={noResponseText(order)} />
      </div>
    </>
  );
}

/** What stands where Lumen's answer would be, when the order has none to show. */
function noResponseText(order: Pick<OrderDetail, "status" | "lumenCode">): string {
  switch (order.status) {
    case "rejected":
      return order.lumenCode ? `none: Lumen refused the order with ${order.lumenCode} (see the timeline)` : "none: Lumen refused the order";
    case "failed":
      return "none: Lumen does not have this order (see the timeline)";
    case "unconfirmed":
      return "none received: use Check with Lumen to ask whether it has the order";
    case "submitting":
      return "no answer from Lumen yet";
    default:
      return "none recorded";
  }
}
