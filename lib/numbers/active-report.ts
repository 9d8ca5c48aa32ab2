import "server-only";
import { fromLumenFailure } from "@/lib/errors/lumen-failure";
import type { LumenClient } from "@/lib/lumen/client";
import type { ActiveInventoryResponse } from "@/lib/lumen/schemas/active-inventory";
import { MAX_PAGE_SIZE } from "@/lib/lumen/schemas/fields/paging";
import { lumenClientForOrganization } from "@/lib/organizations/lumen-client-for-organization";
import { assertRole } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";

export type ActiveReportRow = ActiveInventoryResponse["telephoneNumbers"][number];
type ReportAddress = ActiveReportRow["serviceAddress"];

/** The most report pages read for one list or look-up (100,000 numbers at Lumen's largest page). */
const MAX_REPORT_PAGES = 200;

/**
 * Lumen's whole active-inventory report, page by page at its largest page size. The
 * report's only filter is the customer service name, so product, sub-account and search
 * filters need every row: exact counts and pages come from reading it all.
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
  const rows: ActiveReportRow[] = [];
  try {
    for (let pageNumber = 1; pageNumber <= MAX_REPORT_PAGES; pageNumber++) {
      const answer = await client.getActiveInventoryReport({
        ...(filter.customerServiceName !== undefined && { customerServiceName: filter.customerServiceName }),
        pageNumber,
        pageSize: MAX_PAGE_SIZE,
      });
      rows.push(...answer.telephoneNumbers);
      if (filter.stopAt && answer.telephoneNumbers.some(filter.stopAt)) break;
      const pageSize = answer.pageSize || MAX_PAGE_SIZE;
      if (answer.telephoneNumbers.length === 0 || pageNumber * pageSize >= answer.totalCount) break;
    }
  } catch (error) {
    throw fromLumenFailure(error);
  }
  return rows;
}

/** Ten digits, whatever prefix Lumen's report puts before them. */
export const tenDigits = (telephoneNumber: string) => telephoneNumber.replace(/\D/g, "").slice(-10);

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
