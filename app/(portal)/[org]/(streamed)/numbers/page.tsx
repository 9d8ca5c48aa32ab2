import { toSubAccountChoice } from "@/lib/sub-accounts/sub-account-choice";
import { BookmarkPlus, Download, Hash, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { toLumenReadProblem, type LumenReadProblem } from "@/components/numbers/lumen-read-problem";
import { RateCenterUsageCard } from "@/components/numbers/rate-center-usage";
import { readReservedFilters } from "@/components/numbers/read-reserved-filters";
import { ReservedFilterBar } from "@/components/numbers/reserved-filter-bar";
import { ReservedNumbersTable } from "@/components/numbers/reserved-numbers-table";
import { listSubAccounts } from "@/lib/organizations/list-sub-accounts";
import { ReservedPagination } from "@/components/numbers/reserved-pagination";
import { NumbersTabs } from "@/components/numbers/numbers-tabs";
import { listReservedNumbers, readPageUtilization, type RateCenterUsage, type ReservedNumbersPage } from "@/lib/numbers/list-reserved-numbers";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Numbers" };

interface NumbersPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NumbersPage({ params, searchParams }: NumbersPageProps) {
  const { org } = await params;
  // Checks membership for this page too: a layout does not re-run on client navigation. The
  // tenant is resolved once per request and shared with the layout.
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  const filters = readReservedFilters(await searchParams);
  const isStaff = tenant.subAccount === null;
  // Staff operators hand reserved numbers to their resellers from the list.
  const moveTo = isStaff && roleAtLeast(context.role, "operator") ? (await listSubAccounts(tenant)).map(toSubAccountChoice) : null;
  const basePath = `/${org}/numbers`;
  const baseHref = filters.search ? `${basePath}?${filters.search}` : basePath;
  const csvHref = `/api/orgs/${org}/numbers/reserved.csv${filters.exportSearch ? `?${filters.exportSearch}` : ""}`;

  let page: ReservedNumbersPage | null = null;
  let problem: LumenReadProblem | null = null;
  let usage: RateCenterUsage[] = [];
  let usageProblem: LumenReadProblem | null = null;
  if (filters.valid) {
    try {
      page = await listReservedNumbers(tenant, filters.query);
    } catch (error) {
      problem = toLumenReadProblem(error);
    }
    // Utilization is a side panel: its failure shows beside the list, not instead of it.
    if (page && page.numbers.length > 0) {
      try {
        usage = await readPageUtilization(tenant, page.numbers);
      } catch (error) {
        usageProblem = toLumenReadProblem(error);
      }
    }
  }

  return (
    <>
      <PageHeader
        title="Numbers"
        description="Numbers reserved into your inventory and not yet installed for a subscriber, as Lumen reports them now."
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
      <NumbersTabs org={org} current="reserved" />
      <ReservedFilterBar values={filters.values} fieldErrors={filters.fieldErrors} />
      {!filters.valid ? (
        <EmptyState
          icon={SearchX}
          title="These filters cannot be read"
          description="Correct the highlighted filter and apply again, or start from the full list."
          action={
            <Button variant="outline" asChild>
              <Link href={basePath}>Clear filters</Link>
            </Button>
          }
        />
      ) : problem || !page ? (
        <CodedAlert role="alert" tone="danger" code={problem?.code} title="Lumen's reserved inventory could not be read">
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
          title="No reserved numbers"
          description="Lumen reports no numbers in your inventory waiting to be installed."
          needsFirst="A completed reservation: numbers appear here once Lumen has put them into your inventory."
          action={
            roleAtLeast(context.role, "operator") ? (
              <Button variant="outline" asChild>
                <Link href={`/${org}/reserve`}>
                  <BookmarkPlus aria-hidden />
                  Reserve numbers
                </Link>
              </Button>
            ) : undefined
          }
        />
      ) : page.numbers.length === 0 && page.lumenRows === 0 && page.page > 1 && page.totalCount > 0 ? (
        <EmptyState
          icon={SearchX}
          title={`There is no page ${page.page}`}
          description={`Lumen lists ${page.totalCount} reserved ${page.totalCount === 1 ? "number" : "numbers"} for these filters, on ${page.pageCount} ${page.pageCount === 1 ? "page" : "pages"}.`}
          action={
            <Button variant="outline" asChild>
              <Link href={baseHref}>Go to the first page</Link>
            </Button>
          }
        />
      ) : page.numbers.length === 0 && page.lumenRows === 0 ? (
        <EmptyState
          icon={SearchX}
          title="No reserved numbers match these filters"
          description="Lumen has no reserved number matching every filter above."
          action={
            <Button variant="outline" asChild>
              <Link href={basePath}>Clear filters</Link>
            </Button>
          }
        />
      ) : (
        <div className="flex flex-col gap-4">
          {usageProblem && (
            <CodedAlert tone="attention" code={usageProblem.code} title="Utilization could not be read">
              <p>{usageProblem.message}</p>
            </CodedAlert>
          )}
          {usage.length > 0 && <RateCenterUsageCard usage={usage} />}
          {filters.query.rateCenter && (
            <p className="text-sm text-muted-foreground">
              Lumen cannot filter by rate center, so <strong className="font-medium text-foreground">{filters.query.rateCenter}</strong> is
              applied to the rows of each page Lumen returns: a page may hold fewer rows, and the count below covers every rate center.
            </p>
          )}
          {page.numbers.length === 0 ? (
            <EmptyState
              icon={SearchX}
              title={`No numbers in ${filters.query.rateCenter} on this page`}
              description={
                page.pageCount > 1
                  ? "This page of Lumen's inventory holds numbers in other rate centers only; another page may hold some."
                  : "Lumen's inventory for the other filters holds numbers in other rate centers only."
              }
              action={
                <Button variant="outline" asChild>
                  <Link href={basePath}>Clear filters</Link>
                </Button>
              }
            />
          ) : (
            <ReservedNumbersTable
              key={`${filters.search}-${page.page}`}
              org={org}
              numbers={page.numbers}
              showSubAccount={isStaff}
              canInstall={roleAtLeast(context.role, "operator")}
              moveTo={moveTo}
            />
          )}
          <ReservedPagination
            baseHref={baseHref}
            page={page.page}
            pageSize={page.pageSize}
            pageCount={page.pageCount}
            total={page.totalCount}
            shownOfPage={filters.query.rateCenter ? page.numbers.length : undefined}
          />
        </div>
      )}
    </>
  );
}
