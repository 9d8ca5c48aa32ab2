import { CalendarSearch, Download, FileBarChart } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { MonthPicker } from "@/components/reports/month-picker";
import { NumbersHeldChart } from "@/components/reports/numbers-held-chart";
import { UsageSections } from "@/components/reports/usage-sections";
import { monthLabel, monthOf, shiftMonth, UsageQuerySchema } from "@/lib/reports/usage-month";
import { getUsageReport } from "@/lib/reports/usage-report";
import { HELD_STATUSES, sumProducts } from "@/lib/reports/usage-report-data";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";

export const metadata: Metadata = { title: "Usage report" };

interface UsageReportPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function UsageReportPage({ params, searchParams }: UsageReportPageProps) {
  const { org } = await params;
  // Checked here too: a layout does not re-run on client navigation.
  const tenant = await getPageTenant(org);
  const given = (await searchParams).month;
  const typed = typeof given === "string" ? given.trim() : "";
  const parsed = UsageQuerySchema.safeParse({ month: typed === "" ? undefined : typed });
  const currentMonth = monthOf(new Date());
  const basePath = `/${org}/reports/usage`;
  const description = tenant.subAccount
    ? `What ${tenant.subAccount.name} held and ordered in a calendar month: the counts its bill is made from. Months run in UTC.`
    : "What each sub-account, and the organization itself, held and ordered in a calendar month: the counts a reseller bills from. Months run in UTC. The portal counts the numbers it records: one held at Lumen from before the portal, or ordered elsewhere, counts once it is handed to an account under Numbers.";

  if (!parsed.success) {
    return (
      <>
        <PageHeader title="Usage report" description={description} />
        <MonthPicker basePath={basePath} month={null} typed={typed} currentMonth={currentMonth} error={parsed.error.issues[0]?.message} />
        <EmptyState
          icon={CalendarSearch}
          title="This month cannot be shown"
          description="Choose a month from the field above, or go to the current month."
          action={
            <Button variant="outline" asChild>
              <Link href={basePath}>Current month</Link>
            </Button>
          }
        />
      </>
    );
  }

  const report = await getUsageReport(tenant, parsed.data);
  const month = monthLabel(report.month);
  const csvHref = `/api/orgs/${org}/reports/usage.csv?month=${report.month}`;
  const bars = report.rows.map((row) => ({
    name: row.name,
    ...(Object.fromEntries(HELD_STATUSES.map((s) => [s, sumProducts(row.held[s])])) as Record<(typeof HELD_STATUSES)[number], number>),
  }));

  return (
    <>
      <PageHeader
        title="Usage report"
        description={description}
        actions={
          !report.empty && (
            <Button variant="outline" asChild>
              <a href={csvHref} download>
                <Download aria-hidden />
                Export CSV
              </a>
            </Button>
          )
        }
      />
      <MonthPicker basePath={basePath} month={report.month} typed={report.month} currentMonth={currentMonth} />
      {report.current && (
        <p className="text-sm text-muted-foreground">
          {month} has not ended: numbers are counted as they stand now, and orders as placed so far.
        </p>
      )}
      {report.empty ? (
        <EmptyState
          icon={FileBarChart}
          title={`Nothing to report for ${month}`}
          description={
            report.current
              ? "The portal holds no number now, and no order was placed or completed this month so far."
              : "No number was held at the end of the month, and no order was placed or completed in it."
          }
          needsFirst="Numbers in the inventory (a completed reservation or port) or an order placed in the month."
          action={
            <Button variant="outline" asChild>
              <Link href={`${basePath}?month=${shiftMonth(report.month, -1)}`}>See {monthLabel(shiftMonth(report.month, -1))}</Link>
            </Button>
          }
        />
      ) : (
        <>
          <NumbersHeldChart title={report.current ? "Numbers per sub-account now" : `Numbers per sub-account at the end of ${month}`} bars={bars} />
          <UsageSections report={report} monthName={month} />
        </>
      )}
    </>
  );
}
