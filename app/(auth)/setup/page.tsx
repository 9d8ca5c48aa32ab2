import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { isFirstRun } from "@/lib/auth/first-run";
import { sandboxFirstRunDefaults } from "@/lib/sandbox/first-run-defaults";

export const metadata: Metadata = { title: "Create the first owner" };

export default async function SetupPage() {
  // Decided per request from the database: a build-time answer would keep /setup open forever.
  // Open only until the first owner exists; afterwards accounts come from invitations.
  if (!(await isFirstRun())) redirect("/login");

  return (
    <AuthCard
      width="wide"
      title="Create the first owner"
      description="This portal has no users yet. Create your own account and the organization it manages."
    >
      <SetupForm
        defaults={{ ...sandboxFirstRunDefaults(), lumenBaseUrl: process.env.LUMEN_BASE_URL || "http://127.0.0.1:4010" }}
      />
    </AuthCard>
  );
}
