import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PortalShell } from "@/components/shell/portal-shell";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

interface OrgLayoutProps {
  children: ReactNode;
  params: Promise<{ org: string }>;
}

// The organization's name in every tab title: partners often keep several open side by side.
export async function generateMetadata({ params }: Pick<OrgLayoutProps, "params">): Promise<Metadata> {
  const { org } = await params;
  // The layout below turns the same failure into the sign-in redirect or the 404; letting
  // notFound() escape from here would leave the 404 page without any <title>.
  const context = await getPortalContext(org).catch(() => null);
  if (!context) return {};
  const { organization } = context;
  return {
    // The default still passes through the root template, which appends "· Voice Portal".
    title: { template: `%s · ${organization.name} · Voice Portal`, default: organization.name },
  };
}

export default async function OrgLayout({ children, params }: OrgLayoutProps) {
  const { org } = await params;
  // Sign-in and membership are checked here for the frame; each page checks again, since a
  // layout is not re-rendered on every navigation.
  const context = await getPortalContext(org);
  return <PortalShell context={context}>{children}</PortalShell>;
}
