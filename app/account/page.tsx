import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { TwoFactorCard } from "@/components/account/two-factor-card";
import { getSessionUser } from "@/lib/auth/session";
import { isStaffUser } from "@/lib/auth/two-factor";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Your account" };

// Outside any organization: the password and one-time codes belong to the person, who
// may be a member of several.
export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent("/account")}`);
  const [{ totpEnabledAt }, staff] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } }),
    isStaffUser(user.id),
  ]);

  return (
    <main className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10">
      <div className="flex flex-col gap-1">
        <Link href="/" className="text-sm text-muted-foreground underline-offset-4 hover:underline">
          Back to the portal
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="text-sm text-muted-foreground">
          {user.name} · {user.email}
        </p>
      </div>
      <ChangePasswordForm />
      {(staff || totpEnabledAt) && <TwoFactorCard enabled={totpEnabledAt !== null} />}
    </main>
  );
}
