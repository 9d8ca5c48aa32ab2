import { Settings } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast, ROLE_LABELS } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { organization, subAccount, role } = await getPortalContext(org);

  return (
    <>
      <PageHeader
        title="Settings"
        description="This organization's Lumen API connection, the credentials Lumen uses to send notifications here, members and reseller sub-accounts."
      />
      {subAccount ? (
        // The navigation hides Settings from sub-account users; this covers a typed address.
        <EmptyState
          icon={Settings}
          title="Settings belong to the organization"
          description={`Your account is part of the sub-account ${subAccount.name}. The owners and admins of ${organization.name} manage its Lumen connection and members.`}
        />
      ) : (
        <EmptyState
          icon={Settings}
          title="No settings to change here yet"
          description="This page will let owners and admins change the Lumen client ID and secret, the notification credentials and who has access."
          needsFirst={
            roleAtLeast(role, "admin") ? undefined : `The Owner or Admin role; yours is ${ROLE_LABELS[role]}.`
          }
        />
      )}
    </>
  );
}
