import { Download, History, Lock, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilterBar } from "@/components/audit/audit-filter-bar";
import { AuditTable } from "@/components/audit/audit-table";
import { readAuditFilters } from "@/components/audit/read-audit-filters";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { listAuditEntries, type AuditPage } from "@/lib/audit/list-audit-entries";
import { AppError } from "@/lib/errors/app-error";
import { getPageTenant, orNotFound } from "@/lib/tenancy/get-page-tenant";
import { getPortalContext } from "@/lib/tenancy/get-portal-context";
import { ROLE_LABELS } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Audit trail" };

interface AuditPageProps {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AuditTrailPage({ params, searchParams }: AuditPageProps) {
  const { org } = await params;
  // The context first: signed out, it redirects to sign-in with this page as the way back.
  const context = await getPortalContext(org);
  const tenant = await getPageTenant(org);
  const filters = readAuditFilters(await searchParams);
  // A reseller's user gets the 404; staff below admin a notice instead of the trail. The
  // first page is read even for refused filters, only to tell which of the two applies.
  const page = await orNotFound(listAuditEntries(tenant, filters.valid ? filters.query : {})).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "FORBIDDEN") return null;
    throw error;
  });

  const basePath = `/${org}/audit`;
  const baseHref = filters.search ? `${basePath}?${filters.search}` : basePath;
  const csvHref = `/api/orgs/${org}/audit.csv${filters.exportSearch ? `?${filters.exportSearch}` : ""}`;
  const description = "Who did what, when and from which address: sign-ins, settings and credential changes, and order actions. Credentials are never shown, only that they changed.";

  if (!page) {
    return (
      <>
        <PageHeader title="Audit trail" description={description} />
        <p className="flex items-start gap-2 rounded-md border bg-muted px-4 py-3 text-sm">
          <Lock aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          <span>
            The audit trail shows what everyone in the organization did, so it is for the {ROLE_LABELS.admin} and {ROLE_LABELS.owner} roles.
            Your role here is {ROLE_LABELS[context.role]}.
          </span>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Audit trail"
        description={description}
        actions={
          filters.valid && page.total > 0 ? (
            <Button variant="outline" asChild>
              <a href={csvHref} download>
                <Download aria-hidden />
                Export CSV
              </a>
            </Button>
          ) : undefined
        }
      />
      <AuditFilterBar values={filters.values} fieldErrors={filters.fieldErrors} />
      <AuditContent org={org} page={page} valid={filters.valid} active={filters.active} basePath={basePath} baseHref={baseHref} />
    </>
  );
}

interface AuditContentProps {
  org: string;
  page: AuditPage;
  valid: boolean;
  active: boolean;
  basePath: string;
  baseHref: string;
}

function AuditContent({ org, page, valid, active, basePath, baseHref }: AuditContentProps) {
  const clear = (label: string, href = basePath) => (
    <Button variant="outline" asChild>
      <Link href={href}>{label}</Link>
    </Button>
  );
  if (!valid) {
    return (
      <EmptyState
        icon={SearchX}
        title="These filters cannot be read"
        description="Correct the highlighted filter and apply again, or start from the whole trail."
        action={clear("Clear filters")}
      />
    );
  }
  if (page.total === 0 && active) {
    return (
      <EmptyState
        icon={SearchX}
        title="Nothing matches these filters"
        description="No recorded action matches every filter above. An order matches by its voice or external order ID; an address by its start."
        action={clear("Show the whole trail")}
      />
    );
  }
  if (page.total === 0) {
    return (
      <EmptyState
        icon={History}
        title="Nothing recorded yet"
        description="Every sign-in of this organization's members, every change to its settings and credentials, and every order placed through the portal is recorded here."
        needsFirst="Someone signing in, or an admin saving Settings."
      />
    );
  }
  if (page.entries.length === 0) {
    return (
      <EmptyState
        icon={SearchX}
        title={`There is no page ${page.page}`}
        description={`${active ? "These filters match" : "There are"} ${page.total} ${page.total === 1 ? "entry" : "entries"}, on ${page.pageCount} ${page.pageCount === 1 ? "page" : "pages"}.`}
        action={clear("Go to the first page", baseHref)}
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <AuditTable org={org} entries={page.entries} />
      <Pager label="Pages of the audit trail" baseHref={baseHref} page={page.page} pageCount={page.pageCount}>
        {(page.page - 1) * page.pageSize + 1}–{(page.page - 1) * page.pageSize + page.entries.length} of {page.total}{" "}
        {page.total === 1 ? "entry" : "entries"}, newest first
      </Pager>
    </div>
  );
}
