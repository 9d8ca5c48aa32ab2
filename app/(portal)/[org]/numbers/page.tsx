import { Hash } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Numbers" };

export default async function NumbersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  // Checks membership for this page too: a layout does not re-run on client navigation.
  await getPortalContext(org);

  return (
    <>
      <PageHeader
        title="Numbers"
        description="Your telephone numbers, reserved and active, as Lumen last reported them."
      />
      <EmptyState
        icon={Hash}
        title="No numbers to show yet"
        description="This page will list every number in your inventory with its status, rate center and subscriber, and the orders that touched it."
        needsFirst="Numbers reserved or ported in through this portal."
      />
    </>
  );
}
