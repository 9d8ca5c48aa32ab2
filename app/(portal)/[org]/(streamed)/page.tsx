import { TriangleAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { LiveDashboard } from "@/components/dashboard/live-dashboard";
import { OrganizationSummary } from "@/components/shell/organization-summary";
import { PageHeader } from "@/components/shell/page-header";
import { DashboardQuerySchema } from "@/lib/dashboard/dashboard-period";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

interface DashboardPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The layout's title template does not reach a page of its own segment, so spell it out.
export async function generateMetadata({ params }: DashboardPageProps): Promise<Metadata> {
  const { org } = await params;
  // On failure the layout redirects or shows the 404, whose own title must win.
  const context = await getPortalContext(org).catch(() => null);
  if (!context) return {};
  return { title: { absolute: `Dashboard · ${context.organization.name} · Voice Portal` } };
}

export default async function DashboardPage({ params, searchParams }: DashboardPageProps) {
  const { org } = await params;
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  const { period } = DashboardQuerySchema.parse({ period: (await searchParams).period });
  const data = await getDashboard(tenant, period);

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`What needs attention in ${context.organization.name}, updated as Lumen reports.`}
        actions={
          <Button variant="outline" size="sm" asChild>
            <Link href={`/${org}/orders/stuck`}>
              <TriangleAlert aria-hidden />
              Stuck orders
            </Link>
          </Button>
        }
      />
      <OrganizationSummary context={context} />
      <LiveDashboard org={org} initialData={data} showSubAccount={tenant.subAccount === null} canOrder={roleAtLeast(context.role, "operator")} />
    </>
  );
}
