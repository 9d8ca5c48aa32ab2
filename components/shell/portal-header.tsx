import { Users } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { PortalContext } from "@/lib/tenancy/portal-context";
import { EnvironmentBadge } from "./environment-badge";
import { GoToBox } from "./go-to-box";
import { MobileNav } from "./mobile-nav";
import { OrgSwitcher } from "./org-switcher";
import { UserMenu } from "./user-menu";

// Which organization, which Lumen account, which environment: always in view, because an
// order placed in the wrong one is expensive to undo. The organization's name keeps room
// for a few letters however narrow the header gets.
export function PortalHeader({ context }: { context: PortalContext }) {
  const { organization, subAccount } = context;
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b bg-background/95 px-3 backdrop-blur md:px-6">
      <MobileNav org={organization.slug} role={context.role} isSubAccountUser={subAccount !== null} />
      <div className="flex min-w-0 flex-1 items-center gap-3">
        <OrgSwitcher current={{ slug: organization.slug, name: organization.name }} memberships={context.memberships} />
        {organization.customerNumber && (
          <span className="hidden text-sm whitespace-nowrap text-muted-foreground sm:inline">
            <span className="max-xl:sr-only">Customer number </span>
            <span className="font-mono text-foreground" title="Lumen customer number">
              {organization.customerNumber}
            </span>
          </span>
        )}
        <EnvironmentBadge environment={organization.environment} />
        {subAccount && (
          // Shrinks to an ellipsis on a phone rather than running under the user menu.
          <Badge tone="info" className="min-w-0" title={`${subAccount.name}: you see only this sub-account's orders, numbers and notifications.`}>
            <Users aria-hidden className="shrink-0" />
            <span className="max-md:sr-only">Sub-account:</span> <span className="min-w-0 truncate">{subAccount.name}</span>
          </Badge>
        )}
      </div>
      <GoToBox org={organization.slug} />
      <UserMenu user={context.user} role={context.role} organizationName={organization.name} />
    </header>
  );
}
