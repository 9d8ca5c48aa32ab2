import { toSubAccountChoice } from "@/lib/sub-accounts/sub-account-choice";
import { Lock } from "lucide-react";
import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { InviteForm } from "@/components/people/invite-form";
import { InvitationsTable, MembersTable } from "@/components/people/people-tables";
import { listPeople } from "@/lib/people/list-people";
import { listSubAccounts } from "@/lib/organizations/list-sub-accounts";
import { getPageTenant, orNotFound } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast, ROLE_LABELS } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "People" };

interface PeoplePageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ subAccount?: string | string[] }>;
}

export default async function PeoplePage({ params, searchParams }: PeoplePageProps) {
  const { org } = await params;
  const { subAccount } = await searchParams;
  // The context first: signed out, it redirects to sign-in with this page as the way back.
  await getPortalContext(org);
  const tenant = await getPageTenant(org);
  // People belong to the partner's staff: a reseller sub-account user gets the 404.
  const people = await orNotFound(listPeople(tenant));
  const canManage = roleAtLeast(tenant.role, "admin");
  const subAccounts = canManage ? await listSubAccounts(tenant) : [];

  return (
    <>
      <PageHeader
        title="People"
        description="Who can sign in to this organization, with which role, and the invitations still open. Removing someone or changing a role takes effect at their next request."
      />
      {!canManage && (
        <p className="flex items-start gap-2 rounded-md border bg-muted px-4 py-3 text-sm">
          <Lock aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          <span>
            You can see who is here; inviting, changing roles and removing people needs the {ROLE_LABELS.admin} or{" "}
            {ROLE_LABELS.owner} role. Your role here is {ROLE_LABELS[tenant.role]}.
          </span>
        </p>
      )}
      {canManage && (
        <InviteForm
          org={org}
          actorRole={tenant.role}
          subAccounts={subAccounts.map(toSubAccountChoice)}
          presetSubAccountId={typeof subAccount === "string" ? subAccount : null}
        />
      )}
      <MembersTable org={org} actorRole={tenant.role} canManage={canManage} people={people} />
      <InvitationsTable org={org} actorRole={tenant.role} canManage={canManage} people={people} />
    </>
  );
}
