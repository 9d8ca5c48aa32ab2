import { toSubAccountChoice } from "@/lib/sub-accounts/sub-account-choice";
import { HELD_STATUSES } from "@/lib/sub-accounts/held-numbers";
import { ArrowLeft, PencilLine, PhoneOff } from "lucide-react";
import type { Metadata } from "next";
import { changeSelectedHref } from "@/components/numbers/change-selected-href";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { toLumenReadProblem } from "@/components/numbers/lumen-read-problem";
import { MoveNumbersDialog } from "@/components/numbers/move-numbers-dialog";
import { NumberFactsCard } from "@/components/numbers/number-facts";
import { NumberNotes } from "@/components/numbers/number-notes";
import { NumberTimeline } from "@/components/numbers/number-timeline";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { getNumber, type NumberFacts } from "@/lib/numbers/get-number";
import { listNumberNotes } from "@/lib/numbers/number-notes";
import { getNumberTimeline } from "@/lib/numbers/number-timeline";
import { listSubAccounts } from "@/lib/organizations/list-sub-accounts";
import { getPageTenant, orNotFound } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

interface NumberPageProps {
  params: Promise<{ org: string; tn: string }>;
}

export async function generateMetadata({ params }: NumberPageProps): Promise<Metadata> {
  const { tn } = await params;
  return { title: `Number ${formatTn(tn)}` };
}

export default async function NumberPage({ params }: NumberPageProps) {
  const { org, tn: tnParam } = await params;
  // The context first: signed out, it redirects to sign-in with this number as the way back.
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  // Another sub-account's number, or one nobody holds, is "not found", never "forbidden".
  const facts = await orNotFound(getNumber(tenant, tnParam));
  const [timeline, notes] = await Promise.all([getNumberTimeline(tenant, facts.tn), listNumberNotes(tenant, facts.tn)]);
  const problem = facts.lumenError ? toLumenReadProblem(facts.lumenError) : null;
  const inService = facts.lumen ? facts.lumen.state === "active" : facts.mirror?.status === "active";
  const canOrder = roleAtLeast(context.role, "operator") && inService;
  // Staff hand a number to a sub-account, to another, or back to the partner: one the portal
  // holds (reserved, pending, active), or one Lumen holds (recorded as Lumen has it when it
  // moves). A disconnected number, or one whose port did not go through, is nobody's to hand on.
  const heldAtLumen = facts.lumen !== null && facts.lumen.state !== "absent";
  const recorded = facts.mirror !== null && HELD_STATUSES.includes(facts.mirror.status);
  const canMove = tenant.subAccount === null && roleAtLeast(context.role, "operator") && (recorded || heldAtLumen);
  const subAccounts = canMove ? await listSubAccounts(tenant) : [];

  return (
    <>
      <div>
        <Button variant="ghost" size="sm" asChild>
          <Link href={`/${org}/numbers${inService ? "/active" : ""}`}>
            <ArrowLeft aria-hidden />
            {inService ? "Active numbers" : "Numbers"}
          </Link>
        </Button>
      </div>
      <PageHeader
        title={formatTn(facts.tn)}
        description="What Lumen and the portal know about this number now, every order that touched it, and your notes."
        actions={
          canOrder || canMove ? (
            <>
              {canMove && (
                <MoveNumbersDialog
                  org={org}
                  tns={[facts.tn]}
                  subAccounts={subAccounts.map(toSubAccountChoice)}
                  currentSubAccountId={facts.mirror?.subAccount?.id ?? null}
                />
              )}
              {canOrder && (
                <>
                  <Button asChild>
                    <Link href={changeSelectedHref(org, [{ tn: facts.tn, productId: productOf(facts) }]).href}>
                      <PencilLine aria-hidden />
                      Change
                    </Link>
                  </Button>
                  <Button variant="outline" asChild>
                    <Link href={`/${org}/disconnect?tns=${facts.tn}`}>
                      <PhoneOff aria-hidden />
                      Disconnect
                    </Link>
                  </Button>
                </>
              )}
            </>
          ) : undefined
        }
      />
      {problem && (
        <CodedAlert role="alert" tone="attention" code={problem.code} title="Lumen could not be asked about this number">
          <p>{problem.message}</p>
          <p>
            {facts.mirror
              ? "What follows is the portal's own record."
              : "The portal has no record of it either: open this page again when Lumen answers."}
          </p>
        </CodedAlert>
      )}
      <NumberFactsCard facts={facts} showSubAccount={tenant.subAccount === null} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <NumberTimeline org={org} entries={timeline} />
        <NumberNotes org={org} tn={facts.tn} notes={notes} canWrite={roleAtLeast(context.role, "operator")} isSubAccount={tenant.subAccount !== null} />
      </div>
    </>
  );
}

/** The number's product as Lumen reports it when active, else as the portal's record has it. */
function productOf(facts: NumberFacts): string | null {
  return (facts.lumen?.state === "active" ? facts.lumen.productId : null) ?? facts.mirror?.productId ?? null;
}
