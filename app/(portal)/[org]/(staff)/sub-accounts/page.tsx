import { Store } from "lucide-react";
import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { SubAccountForm } from "@/components/sub-accounts/sub-account-form";
import { SubAccountsTable } from "@/components/sub-accounts/sub-accounts-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getOrderDefaults } from "@/lib/organizations/get-order-defaults";
import { listSubAccountOverview } from "@/lib/sub-accounts/list-sub-account-overview";
import { getPageTenant, orNotFound } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast, ROLE_LABELS } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Sub-accounts" };

export default async function SubAccountsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  // The context first: signed out, it redirects to sign-in with this page as the way back.
  await getPortalContext(org);
  const tenant = await getPageTenant(org);
  // The partner's staff only: a reseller sub-account user gets the 404.
  const subAccounts = await orNotFound(listSubAccountOverview(tenant));
  const canManage = roleAtLeast(tenant.role, "admin");
  const { customerServiceNames } = canManage ? await getOrderDefaults(tenant) : { customerServiceNames: [] };

  return (
    <>
      <PageHeader
        title="Sub-accounts"
        description="Your resellers: each has its own users, sees only its own orders and numbers, and orders within the limits you set here."
      />
      {!canManage && (
        <p className="rounded-md border bg-muted px-4 py-3 text-sm">
          You can see the sub-accounts; creating, changing or suspending them needs the {ROLE_LABELS.admin} or {ROLE_LABELS.owner} role. Your role
          here is {ROLE_LABELS[tenant.role]}.
        </p>
      )}
      {subAccounts.length === 0 ? (
        <EmptyState
          icon={Store}
          title="No sub-accounts yet"
          description="A sub-account gives a reseller its own sign-ins and its own slice of your orders and numbers."
          needsFirst={canManage ? "Create the first one below." : "An admin or owner creates them."}
        />
      ) : (
        <SubAccountsTable org={org} subAccounts={subAccounts} />
      )}
      {canManage && (
        <Card aria-labelledby="new-sub-account-title">
          <CardHeader>
            <CardTitle id="new-sub-account-title">New sub-account</CardTitle>
            <CardDescription>Create the reseller first; then invite its users from its page.</CardDescription>
          </CardHeader>
          <CardContent>
            <SubAccountForm org={org} knownCustomerServiceNames={customerServiceNames} />
          </CardContent>
        </Card>
      )}
    </>
  );
}
