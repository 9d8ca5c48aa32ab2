import { toSubAccountChoice } from "@/lib/sub-accounts/sub-account-choice";
import { Download, Hash, PlugZap, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { ActiveFilterBar } from "@/components/numbers/active-filter-bar";
import { ActiveNumbersTable } from "@/components/numbers/active-numbers-table";
import { toLumenReadProblem, type LumenReadProblem } from "@/components/numbers/lumen-read-problem";
import { NumbersTabs } from "@/components/numbers/numbers-tabs";
import { readActiveFilters } from "@/components/numbers/read-active-filters";
import { ReportReadNote } from "@/components/numbers/report-read-note";
import { reportIdFrom } from "@/lib/numbers/active-report-snapshots";
import { listActiveNumbers, type ActiveNumbersPage } from "@/lib/numbers/list-active-numbers";
import { listSubAccounts } from "@/lib/organizations/list-sub-accounts";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Active numbers" };

interface ActiveNumbersPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ActiveNumbersPage({ params, searchParams }: ActiveNumbersPageProps) {
  const { org } = await params;
  // Checks membership for this page too: a layout does not re-run on client navigation.
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  const isStaff = tenant.subAccount === null;
  const search = await searchParams;
  const filters = readActiveFilters(search, isStaff);
  const subAccounts = isStaff ? (await listSubAccounts(tenant)).map(toSubAccountChoice) : null;

  let page: ActiveNumbersPage | null = null;
  let problem: LumenReadProblem | null = null;
  if (filters.valid) {
    try {
      page = await listActiveNumbers(tenant, filters.query, { reportId: reportIdFrom(search.report) });
    } catch (error) {
      problem = toLumenReadProblem(error);
    }
  }
  // The view's links name its read of Lumen's report, so its pages and CSV come from it;
  // "Read it again" is the same view without it.
  const basePath = `/${org}/numbers/active`;
  const withQuery = (path: string, ...parts: string[]) => {
    const query = parts.filter(Boolean).join("&");
    return query ? `${path}?${query}` : path;
  };
  const reportPart = page ? `report=${page.report.id}` : "";
  const baseHref = withQuery(basePath, filters.search, reportPart);
  const readAgainHref = withQuery(basePath, filters.search);
  const csvHref = withQuery(`/api/orgs/${org}/numbers/active.csv`, filters.exportSearch, reportPart);
  const clearFilters = (
    <Button variant="outline" asChild>
      <Link href={basePath}>Clear filters</Link>
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Numbers"
        description="Numbers in service for a subscriber, as Lumen's inventory report shows them, with what the portal knows of each."
        actions={
          page && page.totalCount > 0 ? (
            <Button variant="outline" asChild>
              <a href={csvHref} download>
                <Download aria-hidden />
                Export CSV
              </a>
            </Button>
          ) : undefined
        }
      />
      <NumbersTabs org={org} current="active" />
      <ActiveFilterBar
        values={filters.values}
        fieldErrors={filters.fieldErrors}
        subAccounts={subAccounts}
        customerServiceNames={tenant.subAccount?.customerServiceNames ?? null}
        reportId={page?.report.id}
      />
      {page && <ReportReadNote readAt={page.report.readAt} readAgainHref={readAgainHref} />}
      {!filters.valid ? (
        <EmptyState
          icon={SearchX}
          title="These filters cannot be read"
          description="Correct the highlighted filter and apply again, or start from the full list."
          action={clearFilters}
        />
      ) : problem || !page ? (
        <CodedAlert role="alert" tone="danger" code={problem?.code} title="Lumen's active inventory could not be read">
          <p>{problem?.message}</p>
          {problem?.notConfigured && (
            <p>
              <Link href={`/${org}/settings`} className="font-medium underline underline-offset-4">
                Connect to Lumen in Settings
              </Link>
            </p>
          )}
        </CodedAlert>
      ) : page.totalCount === 0 && !filters.active ? (
        <EmptyState
          icon={Hash}
          title="No active numbers"
          description={isStaff ? "Lumen reports no numbers in service for a subscriber." : "None of your sub-account's numbers is in service for a subscriber."}
          needsFirst="A completed install or port: numbers appear here once Lumen has put them in service."
          action={
            roleAtLeast(context.role, "operator") ? (
              <Button variant="outline" asChild>
                <Link href={`/${org}/install`}>
                  <PlugZap aria-hidden />
                  Install numbers
                </Link>
              </Button>
            ) : undefined
          }
        />
      ) : page.totalCount === 0 ? (
        <EmptyState
          icon={SearchX}
          title="No active numbers match these filters"
          description="No number in service matches every filter above."
          action={clearFilters}
        />
      ) : page.numbers.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title={`There is no page ${page.page}`}
          description={`${page.totalCount} active ${page.totalCount === 1 ? "number matches" : "numbers match"} these filters, on ${page.pageCount} ${page.pageCount === 1 ? "page" : "pages"}.`}
          action={
            <Button variant="outline" asChild>
              <Link href={baseHref}>Go to the first page</Link>
            </Button>
          }
        />
      ) : (
        <div className="flex flex-col gap-4">
          <ActiveNumbersTable
            key={`${filters.search}-${page.page}`}
            org={org}
            numbers={page.numbers}
            showSubAccount={isStaff}
            canAct={roleAtLeast(context.role, "operator")}
            moveTo={isStaff && roleAtLeast(context.role, "operator") ? subAccounts : null}
          />
          <Pager label="Pages of active numbers" baseHref={baseHref} page={page.page} pageCount={page.pageCount}>
            {(page.page - 1) * page.pageSize + 1}–{(page.page - 1) * page.pageSize + page.numbers.length} of {page.totalCount} active{" "}
            {page.totalCount === 1 ? "number" : "numbers"}
          </Pager>
        </div>
      )}
    </>
  );
}
