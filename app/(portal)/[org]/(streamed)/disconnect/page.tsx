import type { Metadata } from "next";
import { DisconnectWizard } from "@/components/disconnect/disconnect-wizard";
import { PageHeader } from "@/components/shell/page-header";
import { ReadOnlyNotice } from "@/components/shell/read-only-notice";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Disconnect numbers" };

interface DisconnectPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** `?tns=3035550001,3035550002` from the active numbers page; at most one value. */
function readTns(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value[0] : value;
  return (text ?? "").split(",").map((tn) => tn.trim()).filter(Boolean).slice(0, 4000);
}

export default async function DisconnectPage({ params, searchParams }: DisconnectPageProps) {
  const { org } = await params;
  // Membership is checked here too: a layout does not re-run on client navigation.
  const { role } = await getPortalContext(org);

  return (
    <>
      <PageHeader
        title="Disconnect numbers"
        description="Take active numbers out of service on a day you choose, at least one business day ahead and at most 30 days."
      />
      {roleAtLeast(role, "operator") ? (
        <DisconnectWizard org={org} initialTns={readTns((await searchParams).tns)} />
      ) : (
        <ReadOnlyNotice role={role} />
      )}
    </>
  );
}
