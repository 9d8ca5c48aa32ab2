import type { ReactNode } from "react";
import { Card, CardContent } from "@/components/ui/card";
import type { PortalContext } from "@/lib/tenancy/portal-context";
import { ROLE_LABELS } from "@/lib/tenancy/roles";
import { EnvironmentBadge } from "./environment-badge";

// Who you are in which Lumen account: the facts from the session, nothing fetched from Lumen.
export function OrganizationSummary({ context }: { context: PortalContext }) {
  const { organization, subAccount, role } = context;
  return (
    <Card aria-labelledby="organization-summary-title">
      <CardContent>
        <h2 id="organization-summary-title" className="sr-only">
          Organization
        </h2>
        <dl className={`grid gap-x-6 gap-y-4 sm:grid-cols-2 ${organization.customerNumber ? "lg:grid-cols-5" : "lg:grid-cols-4"}`}>
          <SummaryItem term="Organization">{organization.name}</SummaryItem>
          {organization.customerNumber && (
            <SummaryItem term="Lumen customer number">
              <span className="font-mono">{organization.customerNumber}</span>
            </SummaryItem>
          )}
          <SummaryItem term="Environment">
            <EnvironmentBadge environment={organization.environment} />
          </SummaryItem>
          <SummaryItem term="Your role">{ROLE_LABELS[role]}</SummaryItem>
          <SummaryItem term="Sub-account">
            {subAccount ? subAccount.name : <span className="text-muted-foreground">None (staff)</span>}
          </SummaryItem>
        </dl>
      </CardContent>
    </Card>
  );
}

function SummaryItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <dt className="text-xs font-medium text-muted-foreground">{term}</dt>
      <dd className="truncate text-sm font-medium">{children}</dd>
    </div>
  );
}
