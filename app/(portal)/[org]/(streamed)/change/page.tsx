import type { Metadata } from "next";
import { ChangeWizard } from "@/components/change/change-wizard";
import { PageHeader } from "@/components/shell/page-header";
import { ReadOnlyNotice } from "@/components/shell/read-only-notice";
import { PRODUCT_IDS, type ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { getOrderDefaults } from "@/lib/organizations/get-order-defaults";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";
import { listCustomerServiceNames } from "../install/list-customer-service-names";

export const metadata: Metadata = { title: "Change numbers" };

interface ChangePageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** `?product=2042` from the active numbers page: the selected numbers' product. */
function readProduct(value: string | string[] | undefined): ProductId | null {
  const text = Array.isArray(value) ? value[0] : value;
  return (PRODUCT_IDS as readonly string[]).includes(text ?? "") ? (text as ProductId) : null;
}

/** `?tns=3035550001,3035550002` from the active numbers page; at most one value. */
function readTns(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value[0] : value;
  return (text ?? "").split(",").map((tn) => tn.trim()).filter(Boolean).slice(0, 4000);
}

export default async function ChangePage({ params, searchParams }: ChangePageProps) {
  const { org } = await params;
  const search = await searchParams;
  // Membership is checked here too: a layout does not re-run on client navigation.
  const { role } = await getPortalContext(org);
  const canOrder = roleAtLeast(role, "operator");
  const tenant = canOrder ? await getPageTenant(org) : null;
  const [serviceNames, defaults] = tenant ? await Promise.all([listCustomerServiceNames(tenant), getOrderDefaults(tenant)]) : [null, null];

  return (
    <>
      <PageHeader
        title="Change numbers"
        description="Change what Lumen holds for active numbers: subscriber name and customer type, service address, caller name, E911 option, directory listing or customer service name. Every number given changes the same way."
      />
      {serviceNames ? (
        <ChangeWizard
          org={org}
          // The numbers' own product when the active list knows it, else the organization's default.
          defaultProductId={readProduct(search.product) ?? defaults?.defaultProductId ?? null}
          initialTns={readTns(search.tns)}
          serviceNames={serviceNames}
        />
      ) : (
        <ReadOnlyNotice role={role} />
      )}
    </>
  );
}
