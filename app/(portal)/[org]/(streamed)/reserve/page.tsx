import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ReadOnlyNotice } from "@/components/shell/read-only-notice";
import { ReserveWizard } from "@/components/reserve/reserve-wizard";
import { getOrderDefaults } from "@/lib/organizations/get-order-defaults";
import { numberRoomOf } from "@/lib/orders/sub-account-limits";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Reserve numbers" };

export default async function ReservePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  // Membership is checked here too: a layout does not re-run on client navigation.
  const { role } = await getPortalContext(org);
  const canOrder = roleAtLeast(role, "operator");
  const tenant = canOrder ? await getPageTenant(org) : null;
  const [defaults, numberRoom] = tenant ? await Promise.all([getOrderDefaults(tenant), numberRoomOf(tenant)]) : [null, null];

  return (
    <>
      <PageHeader
        title="Reserve numbers"
        description="Reserve numbers into your inventory pool by product, state and rate center, ready to install to subscribers. Up to 399 numbers per rate center; each rate center is its own order."
      />
      {defaults ? <ReserveWizard org={org} defaultProductId={defaults.defaultProductId} forReseller={Boolean(tenant?.subAccount)} numberRoom={numberRoom} /> : <ReadOnlyNotice role={role} />}
    </>
  );
}
