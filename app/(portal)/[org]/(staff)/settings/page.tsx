import { Lock } from "lucide-react";
import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { OrderDefaultsForm } from "@/components/settings/order-defaults-form";
import { NotificationSettingsForm } from "@/components/settings/notification-settings-form";
import { OrganizationSettingsForm } from "@/components/settings/organization-settings-form";
import { SettingsSummary } from "@/components/settings/settings-summary";
import { getOrganizationSettings } from "@/lib/organizations/get-organization-settings";
import { getPageTenant, orNotFound } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast, ROLE_LABELS } from "@/lib/tenancy/roles";
import { webhookUrls } from "@/lib/webhooks/webhook-urls";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  // The context first: signed out, it redirects to sign-in with this page as the way back.
  await getPortalContext(org);
  const tenant = await getPageTenant(org);
  // Settings belong to the partner's staff: a reseller sub-account user gets the 404.
  const settings = await orNotFound(getOrganizationSettings(tenant));
  const canEdit = roleAtLeast(tenant.role, "admin");

  return (
    <>
      <PageHeader
        title="Settings"
        description="This organization's Lumen API connection: where the portal sends orders and the credentials it signs in with."
      />
      {!canEdit && (
        <p className="flex items-start gap-2 rounded-md border bg-muted px-4 py-3 text-sm">
          <Lock aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          <span>
            You can see these settings; changing them or testing the connection needs the {ROLE_LABELS.admin} or{" "}
            {ROLE_LABELS.owner} role. Your role here is {ROLE_LABELS[tenant.role]}.
          </span>
        </p>
      )}
      <SettingsSummary settings={settings} />
      {canEdit && (
        <OrganizationSettingsForm
          org={org}
          settings={{
            name: settings.name,
            environment: settings.environment,
            lumenBaseUrl: settings.lumenBaseUrl,
            hasClientId: settings.hasClientId,
            hasClientSecret: settings.hasClientSecret,
          }}
          localSandboxUrl={process.env.LUMEN_BASE_URL || "http://127.0.0.1:4010"}
        />
      )}
      {canEdit && (
        <NotificationSettingsForm
          org={org}
          settings={{
            webhookAuthMode: settings.webhookAuthMode,
            webhookPrincipal: settings.webhookPrincipal,
            hasWebhookSecret: settings.hasWebhookSecret,
            notificationPollSeconds: settings.notificationPollSeconds,
          }}
          urls={webhookUrls()}
        />
      )}
      {canEdit && (
        <OrderDefaultsForm
          org={org}
          settings={{ customerServiceNames: settings.customerServiceNames, defaultProductId: settings.defaultProductId }}
        />
      )}
    </>
  );
}
