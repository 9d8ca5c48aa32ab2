import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requireMembership } from "@/lib/tenancy/require-membership";

export const metadata: Metadata = { title: "Reseller account suspended" };

interface SuspendedPageProps {
  searchParams: Promise<{ org?: string | string[] }>;
}

// Where the organization's pages send a user whose reseller sub-account is suspended. The
// refusal is asked again here, so the words are the ones every route handler answers with,
// and a restored account (or an organization the user is not in) goes back to its pages.
export default async function SuspendedPage({ searchParams }: SuspendedPageProps) {
  const { org } = await searchParams;
  const slug = typeof org === "string" ? org : "";
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const refusal = await suspensionOf(slug, user);
  if (!refusal) redirect(slug ? `/${slug}` : "/");
  // "/" opens the user's first organization, which may be this one again: name another, if any.
  const other = await db().membership.findFirst({
    where: { userId: user.id, organization: { slug: { not: slug } } },
    select: { organization: { select: { slug: true, name: true } } },
    orderBy: { organization: { name: "asc" } },
  });

  return (
    <AuthCard title="Your reseller account is suspended" description={refusal}>
      <div className="flex flex-col gap-3">
        <p className="text-sm">You are signed in as {user.email}. Your orders and numbers stay as they are while the account is suspended.</p>
        <SignOutButton variant="outline" className="w-full" />
        {other && (
          <Link href={`/${other.organization.slug}`} className="text-sm font-medium underline-offset-4 hover:underline">
            Go to {other.organization.name}
          </Link>
        )}
      </div>
    </AuthCard>
  );
}

async function suspensionOf(slug: string, user: SessionUser): Promise<string | null> {
  try {
    await requireMembership(slug, "viewer", user);
    return null;
  } catch (error) {
    return error instanceof AppError && error.code === "FORBIDDEN" ? error.message : null;
  }
}
