import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { resetLinkState } from "@/lib/auth/password-reset";

export const metadata: Metadata = { title: "Choose a new password" };

const REFUSED = {
  unknown: "This reset link is not valid.",
  expired: "This reset link has expired: they work for one hour.",
  used: "This reset link has been used already: each works once.",
} as const;

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await resetLinkState(token);
  if (state !== "open") {
    return (
      <AuthCard title="This link does not work" description={REFUSED[state]}>
        <Link href="/forgot-password" className="text-sm font-medium underline-offset-4 hover:underline">
          Ask for a new link
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" description="Every browser signed in with your old password is signed out.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
