import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { CheckAllWithLumen, type CheckableOrder } from "@/components/dashboard/check-all-with-lumen";
import { StuckOrdersView } from "@/components/dashboard/stuck-orders-view";
import { PageHeader } from "@/components/shell/page-header";
import { listStuckOrders, type StuckOrder } from "@/lib/orders/stuck-orders";
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
        description="Open orders that have not heard from Lumen what they should have by now: no answer to the request, no completion, no FOC date for a port, a port past its FOC date, a disconnect past its date, or a backorder past its approval deadline. Open one and use “Check with Lumen” to ask where it stands, or check them all at once."
        actions={
          <div className="flex flex-wrap items-start justify-end gap-2">
            <Button variant="outline" size="sm" asChild>
              <Link href={`/${org}/orders`}>All orders</Link>
            </Button>
            {/* Beside the list rather than in it: its outcome stays in view once the list is empty. */}
            <CheckAllWithLumen org={org} orders={groups.flatMap((group) => group.orders.map(checkable))} />
          </div>
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

/** What the browser needs to check an order and name it: no more of the order than that. */
const checkable = ({ id, type, voiceOrderId, externalOrderId }: StuckOrder): CheckableOrder => ({ id, type, voiceOrderId, externalOrderId });
