import { PlugZap } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { ReadOnlyNotice } from "@/components/shell/read-only-notice";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Install numbers" };

export default async function InstallPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { role } = await getPortalContext(org);

  return (
    <>
      <PageHeader
        title="Install numbers"
        description="Assign reserved numbers to a subscriber with its name, customer type and service address; Lumen then makes them active."
      />
      <ReadOnlyNotice role={role} />
      <EmptyState
        icon={PlugZap}
        title="No install form yet"
        description="This page will install up to 399 numbers from your inventory to one subscriber per order."
        needsFirst="Numbers in your inventory, reserved on the Reserve page."
      />
    </>
  );
}
