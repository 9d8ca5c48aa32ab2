import { BookmarkPlus, ClipboardList, Download, SearchX, TriangleAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { OrderAutoRefresh } from "@/components/orders/order-auto-refresh";
import { OrdersFilterBar } from "@/components/orders/orders-filter-bar";
import { OrdersPagination } from "@/components/orders/orders-pagination";
import { OrdersTable } from "@/components/orders/orders-table";
import { readOrderFilters } from "@/components/orders/read-order-filters";
import { listOrders } from "@/lib/orders/list-orders";
import { FINAL_STATUSES } from "@/lib/orders/lumen-status";
import { listSubAccounts } from "@/lib/organizations/list-sub-accounts";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { roleAtLeast } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Orders" };

interface OrdersPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function OrdersPage({ params, searchParams }: OrdersPageProps) {
  const { org } = await params;
  // Checks membership for this page too: a layout does not re-run on client navigation. The
  // tenant is resolved once per request and shared with the layout.
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  const isStaff = tenant.subAccount === null;
  const filters = readOrderFilters(await searchParams, { bySubAccount: isStaff });

  const [page, subAccounts] = await Promise.all([
    // A filter the server cannot read shows its error and no list, rather than a wrong one.
    filters.valid ? listOrders(tenant, filters.query) : null,
    isStaff ? listSubAccounts(tenant) : null,
  ]);

  const basePath = `/${org}/orders`;
  // The orders waiting for the partner stand above the page's own.
  const listed = page ? [...page.waiting, ...page.orders] : [];
  const hasFilters = filters.active;

  return (
    <>
      <PageHeader
        title="Orders"
        description="Every order sent to Lumen from this portal, with its status and timeline from submission to completion. Orders waiting for your approval are pinned on top."
        actions={
          <>
            {page && page.total + page.waiting.length > 0 && (
              <Button variant="outline" size="sm" asChild>
                <a href={`/api/orgs/${org}/orders.csv${filters.exportSearch ? `?${filters.exportSearch}` : ""}`} download>
                  <Download aria-hidden />
                  Export CSV
                </a>
              </Button>
            )}
            <Button variant="outline" size="sm" asChild>
              <Link href={`${basePath}/stuck`}>
                <TriangleAlert aria-hidden />
                Stuck orders
              </Link>
            </Button>
          </>
        }
      />
      <OrdersFilterBar
        values={filters.values}
        fieldErrors={filters.fieldErrors}
        subAccounts={
          subAccounts?.map(({ id, name, suspendedAt }) => ({ id, name: suspendedAt ? `${name} (suspended)` : name })) ?? null
        }
      />
      {!page ? (
        <EmptyState
          icon={SearchX}
          title="These filters cannot be read"
          description="Correct the highlighted filter and apply again, or start from the full list."
          action={
            <Button variant="outline" asChild>
              <Link href={basePath}>Show all orders</Link>
            </Button>
          }
        />
      ) : page.total + page.waiting.length === 0 && hasFilters ? (
        <EmptyState
          icon={SearchX}
          title="No orders match these filters"
          description="Nothing in this organization matches every filter above. A search matches a whole telephone number, voice order ID or external order ID."
          action={
            <Button variant="outline" asChild>
              <Link href={basePath}>Show all orders</Link>
            </Button>
          }
        />
      ) : page.total + page.waiting.length === 0 ? (
        <EmptyState
          icon={ClipboardList}
          title="No orders yet"
          description="Every order placed from this portal will be listed here with its status, from submission until Lumen completes it."
          needsFirst="Numbers reserved into your inventory: start with a reservation, then install or port in."
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
      ) : page.orders.length === 0 && page.waiting.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title={`There is no page ${page.page}`}
          description={`These filters match ${page.total} ${page.total === 1 ? "order" : "orders"}, on ${page.pageCount} ${page.pageCount === 1 ? "page" : "pages"}.`}
          action={
            <Button variant="outline" asChild>
              <Link href={filters.hrefWithoutPage(basePath)}>Go to the first page</Link>
            </Button>
          }
        />
      ) : (
        <div className="flex flex-col gap-3">
          <OrdersTable org={org} orders={listed} showSubAccount={isStaff} />
          {listed.some((order) => !FINAL_STATUSES.has(order.status)) && (
            <>
              <OrderAutoRefresh />
              <p className="text-xs text-muted-foreground">Orders still open at Lumen update here every 15 seconds as Lumen reports.</p>
            </>
          )}
          <OrdersPagination
            baseHref={filters.hrefWithoutPage(basePath)}
            page={page.page}
            pageSize={page.pageSize}
            pageCount={page.pageCount}
            total={page.total}
            shown={listed.length}
          />
        </div>
      )}
    </>
  );
}
