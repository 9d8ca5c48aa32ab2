import { formatCalendarDay } from "@/lib/dates/format-dates";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { ORDER_TYPE_LABELS } from "@/components/orders/order-labels";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { OrderTime } from "@/components/orders/order-time";
import { CodedAlert } from "@/components/wizard/coded-alert";
import type { NotificationDetail } from "@/lib/notifications/get-notification-or-throw";
import { notificationSummary, OUTCOME_INFO, SOURCE_LABELS } from "./notification-labels";
import { NotificationOutcomeBadge } from "./notification-outcome-badge";
import { RawBodyBlock } from "./raw-body-block";
import { ReplayNotificationButton } from "./replay-notification-button";

interface NotificationDetailViewProps {
  org: string;
  notification: NotificationDetail;
  /** The organization's own admins and owners may run it through ingestion again (a malformed body has nothing to apply). */
  canReplay: boolean;
}

export function NotificationDetailView({ org, notification, canReplay }: NotificationDetailViewProps) {
  const code = notification.notificationCode;
  const summary = notificationSummary(code, notification.rateCenter);
  return (
    <>
      <div className="-mb-3">
        <Link href={`/${org}/notifications`} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ArrowLeft aria-hidden className="size-4" />
          All notifications
        </Link>
      </div>
      <PageHeader
        title={code === null ? "Unreadable notification" : `Notification ${code}`}
        description={
          <>
            <span className="flex flex-wrap items-center gap-2">
              <NotificationOutcomeBadge outcome={notification.outcome} />
              <span>{OUTCOME_INFO[notification.outcome].meaning}</span>
            </span>
            {code !== null && <span className="mt-1.5 block font-medium text-foreground">{summary ?? "A code the guide does not list."}</span>}
          </>
        }
        actions={canReplay && notification.outcome !== "malformed" ? <ReplayNotificationButton org={org} notificationId={notification.id} /> : undefined}
      />
      {notification.outcome === "malformed" && (
        <CodedAlert role="alert" tone="danger" title="The portal could not read this body">
          <p>{notification.error ?? "No reason was recorded."}</p>
        </CodedAlert>
      )}
      <Card aria-labelledby="notification-facts-title">
        <CardContent>
          <h2 id="notification-facts-title" className="sr-only">
            Notification details
          </h2>
          <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
            <DescriptionItem term="Received">
              <OrderTime value={notification.receivedAt.toISOString()} mode="absolute" />
            </DescriptionItem>
            <DescriptionItem term="Source">{SOURCE_LABELS[notification.source]}</DescriptionItem>
            <DescriptionItem term="Deliveries">
              <span className="flex flex-col">
                <span className="tabular-nums">{notification.deliveries}</span>
                {notification.deliveries > 1 && (
                  <span className="text-xs font-normal text-muted-foreground">
                    Last <OrderTime value={notification.lastReceivedAt.toISOString()} />; repeats change nothing.
                  </span>
                )}
              </span>
            </DescriptionItem>
            <DescriptionItem term="Created by Lumen">
              {notification.lumenCreatedAt ? <OrderTime value={notification.lumenCreatedAt.toISOString()} mode="absolute" /> : <Muted>Not stated</Muted>}
            </DescriptionItem>
            {notification.outcome !== "malformed" && <ParsedFacts org={org} notification={notification} />}
          </dl>
        </CardContent>
      </Card>
      <RawBodyBlock source={notification.source} rawBody={notification.rawBody} withheld={notification.customerNumberWithheld} />
    </>
  );
}

/** What ingestion read from the body; a malformed one has none of it. */
function ParsedFacts({ org, notification }: { org: string; notification: NotificationDetail }) {
  return (
    <>
      <DescriptionItem term="Order">
        <OrderFact org={org} notification={notification} />
      </DescriptionItem>
      <DescriptionItem term="Voice order ID">
        {notification.voiceOrderId ? <span className="font-mono">{notification.voiceOrderId}</span> : <Muted>None</Muted>}
      </DescriptionItem>
      {!notification.customerNumberWithheld && (
        <DescriptionItem term="Customer number">
          {notification.customerNumber ? <span className="font-mono">{notification.customerNumber}</span> : <Muted>None</Muted>}
        </DescriptionItem>
      )}
      <DescriptionItem term="Rate center">
        {notification.rateCenter ? `${notification.rateCenter}${notification.state ? `, ${notification.state}` : ""}` : <Muted>The whole voice order</Muted>}
      </DescriptionItem>
      {notification.focDate && (
        <DescriptionItem term="FOC date">
          <time dateTime={notification.focDate.toISOString()}>{formatCalendarDay(notification.focDate, { year: true })}</time>
        </DescriptionItem>
      )}
      {notification.notificationMessage && (
        <DescriptionItem term="Lumen's message" wide>
          <span className="font-normal">{notification.notificationMessage}</span>
        </DescriptionItem>
      )}
    </>
  );
}

function OrderFact({ org, notification }: { org: string; notification: NotificationDetail }) {
  if (notification.order) {
    return (
      <span className="flex flex-col items-start gap-1">
        <Link href={`/${org}/orders/${notification.order.id}`} className="text-primary underline-offset-4 hover:underline">
          {ORDER_TYPE_LABELS[notification.order.type]} order
        </Link>
        <OrderStatusBadge status={notification.order.status} />
      </span>
    );
  }
  return <Muted>No matching order yet</Muted>;
}

function Muted({ children }: { children: ReactNode }) {
  return <span className="font-normal text-muted-foreground">{children}</span>;
}
