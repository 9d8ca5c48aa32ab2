import { redirect } from "next/navigation";
import { goToTarget } from "@/lib/search/go-to-target";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";

interface GoToPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}

/** /{org}/go?q=…: the header's "Go to" box sends here, and this sends on to the page for what was typed. */
export default async function GoToPage({ params, searchParams }: GoToPageProps) {
  const [{ org }, { q }] = await Promise.all([params, searchParams]);
  // Signed out, this redirects to sign-in with this search as the way back.
  const tenant = await getPageTenant(org);
  redirect(await goToTarget(tenant, org, typeof q === "string" ? q : ""));
}
