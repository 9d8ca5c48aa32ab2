import { CalendarDays } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FocCalendarView } from "@/components/ports/foc-calendar-view";
import { PageHeader } from "@/components/shell/page-header";
import { countPortsAwaitingFoc, FOC_CALENDAR_WEEKS, listFocCalendar } from "@/lib/dashboard/list-foc-calendar";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "FOC calendar" };

interface FocCalendarPageProps {
  params: Promise<{ org: string }>;
}

export default async function FocCalendarPage({ params }: FocCalendarPageProps) {
  const { org } = await params;
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  const days = await listFocCalendar(tenant);
  const awaitingFoc = days.length === 0 ? await countPortsAwaitingFoc(tenant) : 0;

  return (
    <>
      <PageHeader
        title="FOC calendar"
        description={`Ports with a firm order commitment (FOC) date in the next ${FOC_CALENDAR_WEEKS} weeks, by day (UTC), with what to check before each cut-over: E911, caller name and directory listing as the order set them.`}
      />
      {days.length > 0 ? (
        <FocCalendarView org={org} days={days} showSubAccount={tenant.subAccount === null} />
      ) : awaitingFoc > 0 ? (
        <EmptyState
          icon={CalendarDays}
          title="No FOC dates yet"
          description={
            awaitingFoc === 1
              ? "1 port-in order is open at Lumen without an FOC date. It appears here once Lumen sets the date (notification 903)."
              : `${awaitingFoc} port-in orders are open at Lumen without an FOC date. Each appears here once Lumen sets its date (notification 903).`
          }
          action={
            <Button variant="outline" size="sm" asChild>
              <Link href={`/${org}/orders?type=port`}>See the port-in orders</Link>
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={CalendarDays}
          title="No FOC dates ahead"
          description="A port appears here once Lumen sets its FOC date (notification 903)."
          needsFirst="A port-in order that Lumen has accepted."
          action={
            roleAtLeast(context.role, "operator") && (
              <Button variant="outline" size="sm" asChild>
                <Link href={`/${org}/port-in`}>Port in numbers</Link>
              </Button>
            )
          }
        />
      )}
    </>
  );
}
