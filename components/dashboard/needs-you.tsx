import { CalendarClock, CircleX, Hourglass } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ORDER_TYPE_LABELS } from "@/components/orders/order-labels";
import type { DashboardData, DashboardOrderRef } from "@/lib/dashboard/dashboard-data";
import { OrderTime } from "@/components/orders/order-time";
import { ApprovalCountdown } from "./approval-countdown";
import { NeedsYouSection as Section } from "./needs-you-section";
import { NotPlacedSection } from "./not-placed-section";
import { formatCalendarDay } from "@/lib/dates/format-dates";

/** Orders that cannot move on until someone here acts: pinned at the top of the dashboard. */
export function NeedsYou({ org, data, showSubAccount, canOrder }: { org: string; data: DashboardData; showSubAccount: boolean; canOrder: boolean }) {
  const { awaitingApproval, rejections, unplaced, upcomingFocs } = data.needsYou;
  // Each side places its own orders again: the partner's staff not a reseller's (placed-again.ts).
  const ownUnplaced = showSubAccount ? unplaced.filter((order) => order.subAccountName === null) : unplaced;
  const orderLink = (order: DashboardOrderRef) => (
    <Link href={`/${org}/orders/${order.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
      {ORDER_TYPE_LABELS[order.type]} <span className="font-mono text-xs">{order.voiceOrderId ?? order.externalOrderId}</span>
    </Link>
  );
  const subAccount = (order: DashboardOrderRef) =>
    showSubAccount && order.subAccountName ? <span className="text-xs text-muted-foreground">{order.subAccountName}</span> : null;

  return (
    <Card className="border-amber-300 dark:border-amber-800">
      <CardHeader>
        <CardTitle>Needs you</CardTitle>
        <CardDescription>
          Backorders to decide on, orders Lumen rejected in this period{unplaced.length > 0 && ", orders that never reached it"}, and ports cutting over soon.
        </CardDescription>
      </CardHeader>
      <CardContent className={`grid gap-6 ${unplaced.length > 0 ? "md:grid-cols-2 xl:grid-cols-4" : "lg:grid-cols-3"}`}>
        <Section icon={Hourglass} title="Awaiting your approval" count={awaitingApproval.length} empty="No backorder waits for a decision.">
          {awaitingApproval.map((order) => (
            <li key={order.id} className="flex flex-col gap-0.5">
              {orderLink(order)}
              <span className="text-sm">
                {order.availableQuantity !== null ? `${order.availableQuantity} numbers available` : "Fewer numbers available than asked for"}
                {order.approvalDeadline && (
                  <>
                    {" · "}
                    <span className="font-medium text-amber-800 dark:text-amber-200">
                      <ApprovalCountdown deadline={order.approvalDeadline} />
                    </span>
                  </>
                )}
              </span>
              {subAccount(order)}
            </li>
          ))}
        </Section>
        <Section icon={CircleX} title="Rejected" count={rejections.length} empty="Lumen rejected no order in this period.">
          {rejections.map((order) => (
            <li key={order.id} className="flex flex-col gap-0.5">
              {orderLink(order)}
              <span className="text-sm">
                {order.lumenCode !== null && <span className="mr-1 font-mono text-xs font-semibold">{order.lumenCode}</span>}
                {order.summary}
              </span>
              {subAccount(order)}
            </li>
          ))}
        </Section>
        <NotPlacedSection org={org} count={unplaced.length} placeAgain={canOrder ? ownUnplaced : []}>
          {unplaced.map((order) => (
            <li key={order.id} className="flex flex-col gap-0.5">
              {orderLink(order)}
              <span className="text-sm">
                Never reached Lumen (<OrderTime value={order.failedAt} />)
                {showSubAccount && order.subAccountName ? ": the reseller's users can place it again." : "."}
              </span>
              {subAccount(order)}
            </li>
          ))}
        </NotPlacedSection>
        <Section icon={CalendarClock} title="FOC in the next 5 business days" count={upcomingFocs.length} empty="No port cuts over in the next 5 business days.">
          {upcomingFocs.map((order) => (
            <li key={order.id} className="flex flex-col gap-0.5">
              {orderLink(order)}
              <span className="text-sm">
                FOC <time dateTime={order.focDate}>{formatCalendarDay(order.focDate)}</time> · {order.numberCount}{" "}
                {order.numberCount === 1 ? "number" : "numbers"}
              </span>
              {subAccount(order)}
            </li>
          ))}
          {upcomingFocs.length > 0 && (
            <li>
              <Link href={`/${org}/ports/calendar`} className="text-sm text-primary underline-offset-4 hover:underline">
                Cut-over checklists in the FOC calendar
              </Link>
            </li>
          )}
        </Section>
      </CardContent>
    </Card>
  );
}
