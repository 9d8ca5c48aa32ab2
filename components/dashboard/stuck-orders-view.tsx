import Link from "next/link";
import { ORDER_TYPE_LABELS } from "@/components/orders/order-labels";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { OrderTime } from "@/components/orders/order-time";
import type { StuckOrderGroup } from "@/lib/orders/stuck-orders";
import { OWN_LABEL } from "@/lib/sub-accounts/own-label";

const TH = "px-3 py-2.5 text-left text-xs font-medium whitespace-nowrap text-muted-foreground";
const TD = "px-3 py-2.5 align-top";

/** The stuck orders, one table per sub-account (the organization's own orders first). */
export function StuckOrdersView({ org, groups }: { org: string; groups: StuckOrderGroup[] }) {
  return (
    <div className="flex flex-col gap-6">
      {groups.map((group) => {
        const title = group.subAccount ? group.subAccount.name : OWN_LABEL;
        const headingId = `stuck-${group.subAccount?.id ?? "organization"}`;
        return (
          <section key={headingId} aria-labelledby={headingId} className="flex flex-col gap-2">
            <h2 id={headingId} className="text-base font-semibold">
              {title} <span className="font-normal text-muted-foreground">({group.orders.length})</span>
            </h2>
            <div className="relative scroll-x-cue overflow-x-auto rounded-lg border shadow-xs">
              <table aria-labelledby={headingId} className="w-full border-collapse text-sm">
                <thead className="border-b bg-muted/50">
                  <tr>
                    <th scope="col" className={TH}>Order</th>
                    <th scope="col" className={TH}>Status</th>
                    <th scope="col" className={TH}>Expected</th>
                    <th scope="col" className={TH}>Expected by</th>
                    <th scope="col" className={TH}>Waiting since</th>
                  </tr>
                </thead>
                <tbody className="divide-y">
                  {group.orders.map((order) => (
                    <tr key={order.id}>
                      <td className={`${TD} whitespace-nowrap`}>
                        <Link href={`/${org}/orders/${order.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                          {ORDER_TYPE_LABELS[order.type]}{" "}
                          <span className="font-mono text-xs">{order.voiceOrderId ?? order.externalOrderId}</span>
                        </Link>
                      </td>
                      <td className={TD}>
                        <OrderStatusBadge status={order.status} />
                      </td>
                      <td className={TD}>{order.expected}</td>
                      <td className={`${TD} whitespace-nowrap`}>
                        <OrderTime value={order.overdueAt.toISOString()} />
                      </td>
                      <td className={`${TD} whitespace-nowrap`}>
                        <OrderTime value={order.waitingSince.toISOString()} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
