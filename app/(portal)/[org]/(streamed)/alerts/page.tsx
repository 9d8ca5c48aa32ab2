import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { AlertPreferencesForm } from "@/components/alerts/alert-preferences-form";
import { getAlertPreferences } from "@/lib/alerts/get-alert-preferences";
import { mailSettings } from "@/lib/alerts/mail-settings";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  // The context first: signed out, it redirects to sign-in with this page as the way back.
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  const preferences = await getAlertPreferences(tenant);

  return (
    <>
      <PageHeader
        title="Alerts"
        description={
          context.subAccount
            ? `Your own e-mail alerts about ${context.subAccount.name}'s orders that need action. Nobody else's alerts change.`
            : `Your own e-mail alerts about ${context.organization.name}'s orders that need action. Nobody else's alerts change.`
        }
      />
      <AlertPreferencesForm org={org} preferences={preferences} email={context.user.email} />
      {!mailSettings() && (
        <p className="rounded-md border bg-muted px-4 py-3 text-sm">
          This portal has no mail server set up, so alert mails are kept in its outbox, where the organization&apos;s admins
          and owners can read them, until one is.
        </p>
      )}
    </>
  );
}
