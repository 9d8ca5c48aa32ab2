import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { JoinButton, NewAccountForm } from "@/components/people/accept-invitation-panel";
import { getSessionUser } from "@/lib/auth/session";
import { viewInvitation } from "@/lib/people/accept-invitation";
import { ROLE_LABELS } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Invitation" };

const REFUSED = {
  unknown: ["This invitation link is not valid", "Check that the whole link was copied, or ask the person who invited you for a new one."],
  expired: ["This invitation has expired", "Invitations work for seven days. Ask the person who invited you for a new one."],
  revoked: ["This invitation was withdrawn", "Ask the person who invited you if that is a mistake."],
  used: ["This invitation has been used", "Each invitation works once. Sign in to reach the organization."],
} as const;

const LINK = "text-sm font-medium underline-offset-4 hover:underline";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ state, invitation }, user] = await Promise.all([viewInvitation(token), getSessionUser()]);

  if (state !== "open" || !invitation) {
    const [title, description] = REFUSED[state === "open" ? "unknown" : state];
    return (
      <AuthCard title={title} description={description}>
        <Link href="/login" className={LINK}>
          Go to sign-in
        </Link>
      </AuthCard>
    );
  }

  const slice = invitation.subAccountName ? ` for the reseller account ${invitation.subAccountName}` : "";
  const description = `You are invited to ${invitation.organizationName}${slice} as ${ROLE_LABELS[invitation.role]}. The invitation is for ${invitation.email}.`;
  const here = `/invite/${token}`;

  if (user && user.email !== invitation.email) {
    return (
      <AuthCard title="This invitation is for someone else" description={description}>
        <p className="mb-4 text-sm">
          You are signed in as {user.email}. Sign out, then open the link again to accept it as {invitation.email}.
        </p>
        <SignOutButton variant="outline" className="w-full" />
      </AuthCard>
    );
  }
  if (user) {
    return (
      <AuthCard title={`Join ${invitation.organizationName}`} description={description}>
        <JoinButton token={token} organizationName={invitation.organizationName} />
      </AuthCard>
    );
  }
  if (invitation.accountExists) {
    return (
      <AuthCard title={`Join ${invitation.organizationName}`} description={description}>
        <p className="mb-4 text-sm">You have a Voice Portal account already: sign in with it, and you come back here to join.</p>
        <Link href={`/login?callbackUrl=${encodeURIComponent(here)}`} className={LINK}>
          Sign in to accept
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={`Join ${invitation.organizationName}`} description={description}>
      <NewAccountForm token={token} email={invitation.email} />
    </AuthCard>
  );
}
