import { PhoneOff } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { ReadOnlyNotice } from "@/components/shell/read-only-notice";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Disconnect numbers" };

export default async function DisconnectPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { role } = await getPortalContext(org);

  return (
    <>
      <PageHeader
        title="Disconnect numbers"
        description="Disconnect active numbers on a date you choose, at least one day ahead."
      />
      <ReadOnlyNotice role={role} />
      <EmptyState
        icon={PhoneOff}
        title="No disconnect form yet"
        description="This page will send disconnect orders and show each one until Lumen completes it."
        needsFirst="Active numbers in this organization."
      />
    </>
  );
}
