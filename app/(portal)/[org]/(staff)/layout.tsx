import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { assertStaff } from "@/lib/tenancy/require-membership";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

// The partner's own administration (settings, people, sub-accounts, audit trail, outbox).
// Each page's data-access call already refuses a reseller's user; this layout asks the same
// question before the page starts streaming, so that the refusal is an HTTP 404 and not a
// "not found" page sent with 200 (this group's loading skeleton sits below it).
export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  // The context first: signed out, it redirects to sign-in with the asked-for page as the way back.
  await getPortalContext(org);
  const tenant = await getPageTenant(org);
  try {
    assertStaff(tenant);
  } catch {
    notFound();
  }
  return children;
}
