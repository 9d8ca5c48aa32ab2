import { formatUtcMinute } from "@/lib/dates/format-dates";
import { UserPlus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { allowedTypesText, numbersHeldText } from "@/components/sub-accounts/sub-account-labels";
import { SubAccountForm } from "@/components/sub-accounts/sub-account-form";
import { SuspensionButton } from "@/components/sub-accounts/suspension-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { getOrderDefaults } from "@/lib/organizations/get-order-defaults";
import { getSubAccountDetail } from "@/lib/sub-accounts/get-sub-account-detail";
import { getPageTenant, orNotFound } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast, ROLE_LABELS } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Sub-account" };

interface SubAccountPageProps {
  params: Promise<{ org: string; subAccountId: string }>;
}

export default async function SubAccountPage({ params }: SubAccountPageProps) {
  const { org, subAccountId } = await params;
  await getPortalContext(org);
  const tenant = await getPageTenant(org);
  const sub = await orNotFound(getSubAccountDetail(tenant, subAccountId));
  const canManage = roleAtLeast(tenant.role, "admin");
  const { customerServiceNames } = canManage ? await getOrderDefaults(tenant) : { customerServiceNames: [] };

  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <Link className="underline-offset-2 hover:underline" href={`/${org}/sub-accounts`}>
          Sub-accounts
        </Link>{" "}
        / <span aria-current="page">{sub.name}</span>
      </nav>
      <PageHeader
        title={sub.name}
        description="A reseller of this organization: its users see only its own orders and numbers."
        actions={canManage && <SuspensionButton org={org} subAccount={{ id: sub.id, name: sub.name, users: sub.users }} suspended={sub.suspendedAt !== null} />}
      />
      <Card aria-labelledby="sub-account-facts-title">
        <CardHeader>
          <CardTitle id="sub-account-facts-title">At a glance</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
            <DescriptionItem term="Status">
              {sub.suspendedAt ? (
                <Badge tone="warning">Suspended since {formatUtcMinute(sub.suspendedAt)}</Badge>
              ) : (
                <Badge tone="success">Active</Badge>
              )}
            </DescriptionItem>
            <DescriptionItem term="Numbers held">
              {numbersHeldText(sub.numbersHeld, sub.maxNumbers)}
              <span className="mt-1 flex flex-wrap gap-x-3 text-xs font-normal">
                <Link className="text-primary underline-offset-4 hover:underline" href={`/${org}/numbers/active?subAccount=${encodeURIComponent(sub.id)}`}>
                  Its active numbers
                </Link>
                <Link className="text-primary underline-offset-4 hover:underline" href={`/${org}/orders?subAccount=${encodeURIComponent(sub.id)}`}>
                  Its orders
                </Link>
              </span>
            </DescriptionItem>
            <DescriptionItem term="Order types">{allowedTypesText(sub.allowedOrderTypes)}</DescriptionItem>
            <DescriptionItem term="Customer service names">
              {sub.customerServiceNames.length ? <span className="font-mono text-xs">{sub.customerServiceNames.join(", ")}</span> : "None yet"}
            </DescriptionItem>
          </dl>
        </CardContent>
      </Card>
      <Card aria-labelledby="sub-account-users-title">
        <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
          <div className="flex flex-col gap-1.5">
            <CardTitle id="sub-account-users-title">Users</CardTitle>
            <CardDescription>People who sign in as {sub.name}.</CardDescription>
          </div>
          {canManage && (
            <Button variant="outline" asChild>
              <Link href={`/${org}/people?subAccount=${encodeURIComponent(sub.id)}`}>
                <UserPlus aria-hidden />
                Invite a user
              </Link>
            </Button>
          )}
        </CardHeader>
        <CardContent>
          {sub.members.length === 0 ? (
            <p className="text-sm text-muted-foreground">No users yet.</p>
          ) : (
            <ul className="flex flex-col divide-y" aria-label={`Users of ${sub.name}`}>
              {sub.members.map((member) => (
                <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5 text-sm first:pt-0">
                  <span>
                    <span className="font-medium">{member.name}</span> <span className="text-muted-foreground">{member.email}</span>
                  </span>
                  <Badge>{ROLE_LABELS[member.role]}</Badge>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      {canManage && (
        <Card aria-labelledby="sub-account-edit-title">
          <CardHeader>
            <CardTitle id="sub-account-edit-title">Name, customer service names and limits</CardTitle>
            <CardDescription>Changes apply to its users&apos; very next order.</CardDescription>
          </CardHeader>
          <CardContent>
            <SubAccountForm
              org={org}
              knownCustomerServiceNames={customerServiceNames}
              subAccount={{
                id: sub.id,
                name: sub.name,
                customerServiceNames: sub.customerServiceNames,
                maxNumbers: sub.maxNumbers,
                allowedOrderTypes: sub.allowedOrderTypes,
                numbersHeld: sub.numbersHeld,
              }}
            />
          </CardContent>
        </Card>
      )}
    </>
  );
}
