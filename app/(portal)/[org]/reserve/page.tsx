import { BookmarkPlus } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { ReadOnlyNotice } from "@/components/shell/read-only-notice";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";

export const metadata: Metadata = { title: "Reserve numbers" };

export default async function ReservePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { role } = await getPortalContext(org);

  return (
    <>
      <PageHeader
        title="Reserve numbers"
        description="Find numbers by state and rate center and reserve them into your inventory pool, ready to install to subscribers."
      />
      <ReadOnlyNotice role={role} />
      <EmptyState
        icon={BookmarkPlus}
        title="No reservation form yet"
        description="This page will check Lumen's coverage and your rate-center utilization, then reserve up to 399 numbers per rate center in one order."
        needsFirst="A working connection to Lumen's Voice API for this organization."
      />
    </>
  );
}
