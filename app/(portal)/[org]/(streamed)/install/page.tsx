import type { Metadata } from "next";
import { InstallWizard } from "@/components/install/install-wizard";
import { PageHeader } from "@/components/shell/page-header";
import { ReadOnlyNotice } from "@/components/shell/read-only-notice";
import { getOrderDefaults } from "@/lib/organizations/get-order-defaults";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";
import { listCustomerServiceNames } from "./list-customer-service-names";

export const metadata: Metadata = { title: "Install numbers" };

interface InstallPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** `?tns=3039740001,3039740002` from the Numbers page's "Install selected"; at most one value. */
function readTns(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value[0] : value;
  return (text ?? "").split(",").map((tn) => tn.trim()).filter(Boolean).slice(0, 4000);
}

export default async function InstallPage({ params, searchParams }: InstallPageProps) {
  const { org } = await params;
  // Membership is checked here too: a layout does not re-run on client navigation.
  const { role } = await getPortalContext(org);
  const canOrder = roleAtLeast(role, "operator");
  const tenant = canOrder ? await getPageTenant(org) : null;
  const [serviceNames, defaults] = tenant ? await Promise.all([listCustomerServiceNames(tenant), getOrderDefaults(tenant)]) : [null, null];

  return (
    <>
      <PageHeader
        title="Install numbers"
        description="Assign reserved numbers to one subscriber with its name, customer type and service address; Lumen then makes them active. Up to 399 numbers per request: more become several requests, tracked together."
      />
      {serviceNames ? (
        <InstallWizard org={org} defaultProductId={defaults?.defaultProductId ?? null} initialTns={readTns((await searchParams).tns)} serviceNames={serviceNames} />
      ) : (
        <ReadOnlyNotice role={role} />
      )}
    </>
  );
}
