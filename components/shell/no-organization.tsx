import { Building } from "lucide-react";
import { AuthCard } from "@/components/auth/auth-card";
import { SignOutButton } from "@/components/auth/sign-out-button";

// A signed-in user whose memberships were all removed: nothing to show, and nothing to
// request from here; only someone in an organization can add them.
export function NoOrganization({ email }: { email: string }) {
  return (
    <AuthCard
      title="No organization yet"
      description={`You are signed in as ${email}, but this account is not a member of any organization.`}
    >
      <div className="flex flex-col gap-4">
        <p className="flex items-start gap-2 text-sm">
          <Building aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          Ask an owner or admin of your organization to add you, then reload this page.
        </p>
        <SignOutButton variant="outline" className="self-start" />
      </div>
    </AuthCard>
  );
}
