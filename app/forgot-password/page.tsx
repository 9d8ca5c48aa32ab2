import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="Forgot password" description="Enter the e-mail address of your account: we mail it a link to choose a new password.">
      <ForgotPasswordForm />
    </AuthCard>
  );
}
