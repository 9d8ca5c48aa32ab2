import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { isFirstRun } from "@/lib/auth/first-run";

export const metadata: Metadata = { title: "Sign in" };

interface LoginPageProps {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  // Nobody to sign in as yet: the first visitor creates the owner.
  if (await isFirstRun()) redirect("/setup");

  const { callbackUrl, error } = await searchParams;
  return (
    <AuthCard title="Sign in" description="Use the e-mail address and password of your Voice Portal account.">
      {/* next-auth sends its own failures back here as ?error= (its pages.error is /login). */}
      {error && (
        <p role="alert" className="mb-4 rounded-md border bg-muted px-3 py-2 text-sm">
          Your previous sign-in could not be completed. Please sign in again.
        </p>
      )}
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
    </AuthCard>
  );
}
