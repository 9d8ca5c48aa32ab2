import { ArrowRightLeft } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { ReadOnlyNotice } from "@/components/shell/read-only-notice";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Port in numbers" };

export default async function PortInPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { role } = await getPortalContext(org);

  return (
    <>
      <PageHeader
        title="Port in numbers"
        description="Bring numbers over from another carrier: check portability, give the losing carrier's details and the letter of authorization, and follow the FOC date."
      />
      <ReadOnlyNotice role={role} />
      <EmptyState
        icon={ArrowRightLeft}
        title="No port-in form yet"
        description="This page will submit port-in orders of up to 49 numbers per subscriber and let you supplement them while they are in flight."
        needsFirst="The subscriber's letter of authorization and the losing carrier's account number and PIN."
      />
    </>
  );
}
