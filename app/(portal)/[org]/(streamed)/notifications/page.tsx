import { Bell, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { NotificationsFilterBar } from "@/components/notifications/notifications-filter-bar";
import { NotificationsTable } from "@/components/notifications/notifications-table";
import { readNotificationFilters } from "@/components/notifications/read-notification-filters";
import { NotificationOutcome } from "@/lib/db/generated/enums";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { getNotificationDelivery, webhookWarning } from "@/lib/notifications/notification-delivery";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Notifications" };

interface NotificationsPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NotificationsPage({ params, searchParams }: NotificationsPageProps) {
  const { org } = await params;
  // Checks membership for this page too: a layout does not re-run on client navigation. The
  // tenant is resolved once per request and shared with the layout.
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  const filters = readNotificationFilters(await searchParams);
  // A filter the server cannot read shows its error and no list, rather than a wrong one.
  const isStaff = tenant.subAccount === null;
  // Polling hides a webhook Lumen cannot sign in to: say so where the notifications are.
  const [page, delivery] = await Promise.all([
    filters.valid ? listNotifications(tenant, filters.query) : null,
    isStaff ? getNotificationDelivery(tenant) : null,
  ]);
  const warning = delivery && webhookWarning(delivery);

  const basePath = `/${org}/notifications`;
  const baseHref = filters.search ? `${basePath}?${filters.search}` : basePath;

  return (
    <>
      <PageHeader
        title="Notifications"
        description={
          isStaff
            ? "Every notification Lumen sent about your orders, received by webhook or fetched by polling, newest first, each with the body as it arrived."
            : `The notifications Lumen sent about the orders of ${context.subAccount?.name ?? "your sub-account"}, newest first, each with the body as it arrived.`
        }
      />
      {warning && (
        <CodedAlert tone="attention" title="Lumen's webhook is not reaching the portal">
          <p>
            {warning}{" "}
            <Link href={`/${org}/settings`} className="font-medium underline underline-offset-4">
              Open Settings
            </Link>
          </p>
        </CodedAlert>
      )}
      <NotificationsFilterBar
        values={filters.values}
        fieldErrors={filters.fieldErrors}
        outcomes={isStaff ? Object.values(NotificationOutcome) : ["applied", "unknown_code"]}
      />
      {!page ? (
        <EmptyState
          icon={SearchX}
          title="These filters cannot be read"
          description="Correct the highlighted filter and apply again, or start from the full list."
          action={
            <Button variant="outline" asChild>
              <Link href={basePath}>Show all notifications</Link>
            </Button>
          }
        />
      ) : page.total === 0 && filters.active ? (
        <EmptyState
          icon={SearchX}
          title="No notifications match these filters"
          description="Nothing received matches every filter above. An order matches by its voice order ID, external order ID or portal ID; a telephone number matches the notifications of its orders."
          action={
            <Button variant="outline" asChild>
              <Link href={basePath}>Show all notifications</Link>
            </Button>
          }
        />
      ) : page.total === 0 ? (
        <EmptyState
          icon={Bell}
          title="No notifications received yet"
          description="Lumen reports each step of an order (accepted, FOC scheduled, completed, rejected …) as a notification. Each one is kept here with the body as it arrived, and moves its order."
          needsFirst={
            isStaff ? (
              <>
                An order in flight, and Lumen knowing where to send: give Lumen the webhook address and sign-in shown in{" "}
                <Link href={`/${org}/settings`} className="font-medium underline underline-offset-4">
                  Settings
                </Link>
                . Whatever the webhook misses, the portal fetches by polling Lumen&apos;s notifications.
              </>
            ) : (
              "An order in flight: Lumen notifies when its status changes."
            )
          }
        />
      ) : page.notifications.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title={`There is no page ${page.page}`}
          description={`${filters.active ? "These filters match" : "There are"} ${page.total} ${page.total === 1 ? "notification" : "notifications"}, on ${page.pageCount} ${page.pageCount === 1 ? "page" : "pages"}.`}
          action={
            <Button variant="outline" asChild>
              <Link href={baseHref}>Go to the first page</Link>
            </Button>
          }
        />
      ) : (
        <div className="flex flex-col gap-3">
          <NotificationsTable org={org} notifications={page.notifications} />
          <Pager label="Pages of notifications" baseHref={baseHref} page={page.page} pageCount={page.pageCount}>
            {(page.page - 1) * page.pageSize + 1}–{(page.page - 1) * page.pageSize + page.notifications.length} of {page.total}{" "}
            {page.total === 1 ? "notification" : "notifications"}, newest received first
          </Pager>
        </div>
      )}
    </>
  );
}
