import { formatUtcMinute } from "@/lib/dates/format-dates";
import { KeyRound } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EnvironmentBadge } from "@/components/shell/environment-badge";
import type { OrganizationSettings } from "@/lib/organizations/get-organization-settings";
import { DescriptionItem } from "@/components/ui/description-item";
import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { StoredBadge } from "./stored-badge";

const WEBHOOK_AUTH_LABELS: Record<OrganizationSettings["webhookAuthMode"], string> = {
  basic: "Basic authentication",
  oauth: "OAuth client credentials",
};

/** The organization's Lumen connection as stored: never a credential's value, only whether one is there. */
export function SettingsSummary({ settings }: { settings: OrganizationSettings }) {
  return (
    <Card aria-labelledby="settings-summary-title">
      <CardHeader>
        <CardTitle id="settings-summary-title">Organization and Lumen connection</CardTitle>
        <CardDescription>
          What this portal uses to talk to Lumen. The customer number identifies your Lumen account and cannot be
          changed here.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
          <DescriptionItem term="Name">{settings.name}</DescriptionItem>
          <DescriptionItem term="Address in the portal">
            <span className="font-mono text-xs">/{settings.slug}</span>
          </DescriptionItem>
          <DescriptionItem term="Lumen customer number">
            <span className="font-mono">{settings.customerNumber}</span>
          </DescriptionItem>
          <DescriptionItem term="Environment">
            <EnvironmentBadge environment={settings.environment} />
          </DescriptionItem>
          <DescriptionItem term="Lumen API base URL" wide>
            <span className="font-mono text-xs break-all">{settings.lumenBaseUrl}</span>
          </DescriptionItem>
          <DescriptionItem term="Client ID">
            <StoredBadge stored={settings.hasClientId} />
          </DescriptionItem>
          <DescriptionItem term="Client secret">
            <StoredBadge stored={settings.hasClientSecret} />
          </DescriptionItem>
          <DescriptionItem term="Lumen's notifications sign in with">
            <span className="inline-flex items-center gap-1.5">
              <KeyRound aria-hidden className="size-4 text-muted-foreground" />
              {WEBHOOK_AUTH_LABELS[settings.webhookAuthMode]}
            </span>
          </DescriptionItem>
          <DescriptionItem term="Webhook secret">
            <StoredBadge stored={settings.hasWebhookSecret} storedLabel="Set" missingLabel="Not set" />
          </DescriptionItem>
          <DescriptionItem term="Polling interval">{settings.notificationPollSeconds} seconds</DescriptionItem>
          <DescriptionItem term="Default product">
            {settings.defaultProductId ? (PRODUCT_LABELS[settings.defaultProductId]?.long ?? settings.defaultProductId) : "None"}
          </DescriptionItem>
          <DescriptionItem term="Customer service names" wide>
            {settings.customerServiceNames.length ? (
              <span className="font-mono text-xs">{settings.customerServiceNames.join(", ")}</span>
            ) : (
              "None yet"
            )}
          </DescriptionItem>
          <DescriptionItem term="Last changed">
            {settings.lastChange ? (
              <>
                <time dateTime={settings.lastChange.at.toISOString()}>{formatUtcMinute(settings.lastChange.at)}</time>
                {settings.lastChange.by && <> by {settings.lastChange.by}</>}
              </>
            ) : (
              <>
                Not since it was set up (<time dateTime={settings.createdAt.toISOString()}>{formatUtcMinute(settings.createdAt)}</time>)
              </>
            )}
          </DescriptionItem>
        </dl>
      </CardContent>
    </Card>
  );
}
