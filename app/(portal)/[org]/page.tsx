import { BookmarkPlus, ClipboardList, Inbox } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { OrganizationSummary } from "@/components/shell/organization-summary";
import { PageHeader } from "@/components/shell/page-header";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

interface DashboardPageProps {
  params: Promise<{ org: string }>;
}

// The layout's title template does not reach a page of its own segment, so spell it out.
export async function generateMetadata({ params }: DashboardPageProps): Promise<Metadata> {
  const { org } = await params;
  // On failure the layout redirects or shows the 404, whose own title must win.
  const context = await getPortalContext(org).catch(() => null);
  if (!context) return {};
  return { title: { absolute: `Dashboard · ${context.organization.name} · Voice Portal` } };
}

export default async function DashboardPage({ params }: DashboardPageProps) {
  const { org } = await params;
  const context = await getPortalContext(org);
  const canOrder = roleAtLeast(context.role, "operator");

  return (
    <>
      <PageHeader title="Dashboard" description={`What needs attention in ${context.organization.name}.`} />
      <OrganizationSummary context={context} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Orders waiting for you</CardTitle>
            <CardDescription>Orders that cannot move on until someone here acts.</CardDescription>
          </CardHeader>
          <CardContent>
            <EmptyState
              icon={Inbox}
              headingLevel={3}
              title="No orders to show yet"
              description="Backorders awaiting your approval (they expire after 4 hours) and orders Lumen rejected will be listed here."
              needsFirst="An order placed from this portal."
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Recent orders</CardTitle>
            <CardDescription>The latest orders sent to Lumen and where each one stands.</CardDescription>
          </CardHeader>
          <CardContent>
            <EmptyState
              icon={ClipboardList}
              headingLevel={3}
              title="No orders to show yet"
              description="Each order you send will appear here with its current status."
              needsFirst={canOrder ? "Numbers reserved into your inventory." : "An operator of this organization placing an order."}
              action={
                canOrder && (
                  <Button variant="outline" size="sm" asChild>
                    <Link href={`/${org}/reserve`}>
                      <BookmarkPlus aria-hidden />
                      Reserve numbers
                    </Link>
                  </Button>
                )
              }
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
