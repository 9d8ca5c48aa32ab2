import type { Metadata } from "next";
import { PortWizard } from "@/components/port-in/port-wizard";
import { PageHeader } from "@/components/shell/page-header";
import { ReadOnlyNotice } from "@/components/shell/read-only-notice";
import { getOrderDefaults } from "@/lib/organizations/get-order-defaults";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";
import { MAX_TNS_PER_PORT } from "@/lib/lumen/schemas/port-order";
import { listCustomerServiceNames } from "../install/list-customer-service-names";

export const metadata: Metadata = { title: "Port in numbers" };

export default async function PortInPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  // Membership is checked here too: a layout does not re-run on client navigation.
  const { role } = await getPortalContext(org);
  const canOrder = roleAtLeast(role, "operator");
  const tenant = canOrder ? await getPageTenant(org) : null;
  const [serviceNames, defaults] = tenant ? await Promise.all([listCustomerServiceNames(tenant), getOrderDefaults(tenant)]) : [null, null];

  return (
    <>
      <PageHeader
        title="Port in numbers"
        description={`Bring numbers over from another carrier: check their portability, give the letter of authorization and the losing carrier's details, and follow each port to its FOC date. Up to ${MAX_TNS_PER_PORT} numbers per request: more become several requests, tracked together.`}
      />
      {serviceNames ? <PortWizard org={org} defaultProductId={defaults?.defaultProductId ?? null} serviceNames={serviceNames} /> : <ReadOnlyNotice role={role} />}
    </>
  );
}
