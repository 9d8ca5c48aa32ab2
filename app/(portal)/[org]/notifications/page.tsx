import { Bell } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  // Checks membership for this page too: a layout does not re-run on client navigation.
  await getPortalContext(org);

  return (
    <>
      <PageHeader
        title="Notifications"
        description="The notifications Lumen sends about your orders, received by webhook or fetched by polling, each linked to its order."
      />
      <EmptyState
        icon={Bell}
        title="No notifications to show yet"
        description="Each notification Lumen sends will be kept here with its original message as it arrives."
        needsFirst="An order in flight: Lumen notifies when its status changes."
      />
    </>
  );
}
