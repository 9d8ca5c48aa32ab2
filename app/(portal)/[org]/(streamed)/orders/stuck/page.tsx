import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { StuckOrdersView } from "@/components/dashboard/stuck-orders-view";
import { PageHeader } from "@/components/shell/page-header";
import { listStuckOrders } from "@/lib/orders/stuck-orders";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Stuck orders" };

interface StuckOrdersPageProps {
  params: Promise<{ org: string }>;
}

export default async function StuckOrdersPage({ params }: StuckOrdersPageProps) {
  const { org } = await params;
  await getPortalContext(org);
  const tenant = await getPageTenant(org);
  const groups = await listStuckOrders(tenant);
  const count = groups.reduce((sum, group) => sum + group.orders.length, 0);

  return (
    <>
      <PageHeader
        title="Stuck orders"
        description="Open orders that have not heard from Lumen what they should have by now: no answer to the request, no completion, no FOC date for a port, a port past its FOC date, a disconnect past its date, or a backorder past its approval deadline. Open one and use “Check with Lumen” to ask where it stands."
        actions={
          <Button variant="outline" size="sm" asChild>
            <Link href={`/${org}/orders`}>All orders</Link>
          </Button>
        }
      />
      {count === 0 ? (
        <EmptyState
          icon={CircleCheck}
          title="No stuck orders"
          description="Every open order has heard from Lumen what it should have by now."
        />
      ) : (
        <StuckOrdersView org={org} groups={groups} />
      )}
    </>
  );
}
