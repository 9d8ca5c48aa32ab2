import { ClipboardList } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  // Checks membership for this page too: a layout does not re-run on client navigation.
  await getPortalContext(org);

  return (
    <>
      <PageHeader
        title="Orders"
        description="Every order sent to Lumen from this portal, with its status and timeline from submission to completion."
      />
      <EmptyState
        icon={ClipboardList}
        title="No orders to show yet"
        description="Orders will be listed here with their status as soon as the first one is placed, and in-flight ones can be cancelled from here."
        needsFirst="An order placed from Reserve, Install, Port in, Change or Disconnect."
      />
    </>
  );
}
