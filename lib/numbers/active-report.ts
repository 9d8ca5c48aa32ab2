import "server-only";
import pLimit from "p-limit";
import { fromLumenFailure } from "@/lib/errors/lumen-failure";
import type { LumenClient } from "@/lib/lumen/client";
import type { ActiveInventoryResponse } from "@/lib/lumen/schemas/active-inventory";
import { MAX_PAGE_SIZE } from "@/lib/lumen/schemas/fields/paging";
import { lumenClientForOrganization } from "@/lib/organizations/lumen-client-for-organization";
import { assertRole } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";

export type ActiveReportRow = ActiveInventoryResponse["telephoneNumbers"][number];
type ReportAddress = ActiveReportRow["serviceAddress"];

/** The most report pages read for one list or look-up. */
const MAX_REPORT_PAGES = 200;
/** The most rows one read of the report brings (100,000 at Lumen's largest page). */
export const MAX_REPORT_ROWS = MAX_REPORT_PAGES * MAX_PAGE_SIZE;
/**
 * Pages read at once after the first. One after the other, a partner with 20,000 numbers
 * waited for forty answers from Lumen on every view; four at a time it waits for eleven,
 * and Lumen never sees more than four requests of one list at once.
 */
export const REPORT_PAGES_AT_ONCE = 4;

/**
 * Lumen's whole active-inventory report, page by page at its largest page size. The
 * report's only filter is the customer service name, so product, sub-account and search
 * filters need every row: exact counts and pages come from reading it all. The first
 * page says how many there are; the rest are read REPORT_PAGES_AT_ONCE at a time and kept
 * in Lumen's order. A look-up for one number (`stopAt`) reads one page after the other
 * and stops at the page that has it.
 *
 * The tenant's slice is NOT applied here: callers cut the rows with our mirror.
 */
export async function readActiveReport(
  tenant: Tenant,
  filter: { customerServiceName?: string; stopAt?: (row: ActiveReportRow) => boolean } = {},
  options: { client?: LumenClient } = {},
): Promise<ActiveReportRow[]> {
  assertRole(tenant, "viewer");
  const client = options.client ?? (await lumenClientForOrganization(tenant.organizationId));
  const readPage = (pageNumber: number) =>
    client.getActiveInventoryReport({
      ...(filter.customerServiceName !== undefined && { customerServiceName: filter.customerServiceName }),
      pageNumber,
      pageSize: MAX_PAGE_SIZE,
    });
  try {
    const first = await readPage(1);
    const pageSize = first.pageSize || MAX_PAGE_SIZE;
    const pageCount = Math.min(MAX_REPORT_PAGES, Math.ceil(first.totalCount / pageSize));
    if (filter.stopAt) return await readUntil(first.telephoneNumbers, pageCount, readPage, filter.stopAt);
    const limit = pLimit(REPORT_PAGES_AT_ONCE);
    const rest = await Promise.all(Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => limit(() => readPage(i + 2))));
    return [first, ...rest].flatMap((page) => page.telephoneNumbers);
  } catch (error) {
    throw fromLumenFailure(error);
  }
}

async function readUntil(
  firstRows: ActiveReportRow[],
  pageCount: number,
  readPage: (pageNumber: number) => Promise<{ telephoneNumbers: ActiveReportRow[] }>,
  stopAt: (row: ActiveReportRow) => boolean,
): Promise<ActiveReportRow[]> {
  const rows = [...firstRows];
  let found = firstRows.some(stopAt);
  for (let pageNumber = 2; pageNumber <= pageCount && !found; pageNumber++) {
    const page = await readPage(pageNumber);
    if (page.telephoneNumbers.length === 0) break;
    rows.push(...page.telephoneNumbers);
    found = page.telephoneNumbers.some(stopAt);
  }
  return rows;
}

/** Ten digits, whatever prefix Lumen's report puts before them. */
export const tenDigits = (telephoneNumber: string) => telephoneNumber.replace(/\D/g, "").slice(-10);

/** A row of Lumen's report in the portal's words: product, subscriber, addresses and customer service name. */
export type ReportFacts = ReturnType<typeof reportFacts>;

export function reportFacts(row: ActiveReportRow) {
  return {
    productId: row.productID,
    customerType: row.customerType,
    subscriber: subscriberOf(row),
    serviceAddress: formatReportAddress(row.serviceAddress),
    e911Address: formatReportAddress(row.e911Address),
    customerServiceName: row.customerServiceName ?? null,
  };
}

/** "Ada Byron" or "Acme Ltd": the subscriber as one line. */
export function subscriberOf(row: ActiveReportRow): string {
  if (row.businessName) return row.businessName;
  return [row.firstName, row.lastName].filter(Boolean).join(" ");
}

/** "9 Larimer St, Suite 4, Denver, CO 80202"; empty parts are left out. */
export function formatReportAddress(address: ReportAddress | undefined): string | null {
  if (!address) return null;
  const street = [address.streetNumber, address.streetName, address.streetSuffix].filter(Boolean).join(" ");
  const place = [address.city, [address.state, address.zip].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const text = [street, address.secondaryLocation, place].filter(Boolean).join(", ");
  return text === "" ? null : text;
}
