import { KeyRound, ShieldCheck, ShieldOff } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EnvironmentBadge } from "@/components/shell/environment-badge";
import type { OrganizationSettings } from "@/lib/organizations/get-organization-settings";

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
          <Item term="Name">{settings.name}</Item>
          <Item term="Address in the portal">
            <span className="font-mono text-xs">/{settings.slug}</span>
          </Item>
          <Item term="Lumen customer number">
            <span className="font-mono">{settings.customerNumber}</span>
          </Item>
          <Item term="Environment">
            <EnvironmentBadge environment={settings.environment} />
          </Item>
          <Item term="Lumen API base URL" wide>
            <span className="font-mono text-xs break-all">{settings.lumenBaseUrl}</span>
          </Item>
          <Item term="Client ID">
            <StoredBadge stored={settings.hasClientId} />
          </Item>
          <Item term="Client secret">
            <StoredBadge stored={settings.hasClientSecret} />
          </Item>
          <Item term="Lumen's notifications sign in with">
            <span className="inline-flex items-center gap-1.5">
              <KeyRound aria-hidden className="size-4 text-muted-foreground" />
              {WEBHOOK_AUTH_LABELS[settings.webhookAuthMode]}
            </span>
          </Item>
          <Item term="Last changed">
            <time dateTime={settings.updatedAt.toISOString()}>
              {settings.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
            </time>
          </Item>
        </dl>
      </CardContent>
    </Card>
  );
}

function StoredBadge({ stored }: { stored: boolean }) {
  return stored ? (
    <Badge tone="success">
      <ShieldCheck aria-hidden />
      Stored
    </Badge>
  ) : (
    <Badge tone="warning">
      <ShieldOff aria-hidden />
      Not stored
    </Badge>
  );
}

function Item({ term, wide, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? "flex min-w-0 flex-col gap-1 sm:col-span-2" : "flex min-w-0 flex-col gap-1"}>
      <dt className="text-xs font-medium text-muted-foreground">{term}</dt>
      <dd className="min-w-0 text-sm font-medium">{children}</dd>
    </div>
  );
}
