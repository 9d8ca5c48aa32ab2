import { PencilLine } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { ReadOnlyNotice } from "@/components/shell/read-only-notice";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Change numbers" };

export default async function ChangePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { role } = await getPortalContext(org);

  return (
    <>
      <PageHeader
        title="Change numbers"
        description="Change what Lumen holds for active numbers: subscriber name and customer type, service address, E911 option, directory listing or CNAM."
      />
      <ReadOnlyNotice role={role} />
      <EmptyState
        icon={PencilLine}
        title="No change form yet"
        description="This page will send change orders for numbers that are already active and track them to completion."
        needsFirst="Active numbers, installed or ported in first."
      />
    </>
  );
}
