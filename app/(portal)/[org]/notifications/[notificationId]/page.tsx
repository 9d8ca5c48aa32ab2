import type { Metadata } from "next";
import { NotificationDetailView } from "@/components/notifications/notification-detail-view";
import { getNotificationOrThrow } from "@/lib/notifications/get-notification-or-throw";
import { getPageTenant, orNotFound } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

interface NotificationPageProps {
  params: Promise<{ org: string; notificationId: string }>;
}

export async function generateMetadata({ params }: NotificationPageProps): Promise<Metadata> {
  const { org, notificationId } = await params;
  // The page turns a failure into the 404 or the sign-in redirect; its own title must win.
  const notification = await getPageTenant(org)
    .then((tenant) => getNotificationOrThrow(tenant, notificationId))
    .catch(() => null);
  if (!notification) return {};
  return { title: notification.notificationCode === null ? "Unreadable notification" : `Notification ${notification.notificationCode}` };
}

export default async function NotificationPage({ params }: NotificationPageProps) {
  const { org, notificationId } = await params;
  // The context first: signed out, it redirects to sign-in with this page as the way back.
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  // Another organization's or sub-account's notification is "not found", never "forbidden".
  const notification = await orNotFound(getNotificationOrThrow(tenant, notificationId));
  // The same rule as the replay route: the organization's own admins and owners.
  const canReplay = context.subAccount === null && roleAtLeast(context.role, "admin");
  return <NotificationDetailView org={org} notification={notification} canReplay={canReplay} />;
}
