import "server-only";
import { db } from "@/lib/db/client";
import type { OrderStatus, OrderType, TelephoneNumberStatus } from "@/lib/db/generated/enums";
import type { LumenClient } from "@/lib/lumen/client";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";
import { NO_SUB_ACCOUNT } from "@/lib/sub-accounts/own-label";
import type { ParsedActiveNumbersQuery } from "./active-numbers-query";
import { reportFacts, tenDigits, type ActiveReportRow, type ReportFacts } from "./active-report";
import { readActiveReportSnapshot } from "./active-report-snapshots";

export interface ActiveNumber extends ReportFacts {
  /** Ten digits. */
  tn: string;
  /** From our mirror; null when the portal has no record of the number. */
  mirrorStatus: TelephoneNumberStatus | null;
  subAccount: { id: string; name: string } | null;
  /** The newest order the tenant may see that touched the number. */
  lastOrder: { id: string; type: OrderType; status: OrderStatus; createdAt: Date } | null;
}

/** Which read of Lumen's report a list comes from (see readActiveReportSnapshot). */
export interface ActiveReportRead {
  /** Names the kept report: the view's other pages, filters and CSV pass it back. */
  id: string;
  readAt: Date;
}

export interface ActiveNumbersPage {
  report: ActiveReportRead;
  page: number;
  pageSize: number;
  /** Numbers matching every filter, in the tenant's slice. */
  totalCount: number;
  pageCount: number;
  numbers: ActiveNumber[];
}

type ListQuery = Omit<ParsedActiveNumbersQuery, "page" | "pageSize">;
interface ListOptions {
  client?: LumenClient;
  /** A report this view read before (its `report.id`); a fresh read without one. */
  reportId?: string;
}

/**
 * Every active number of Lumen's report that the tenant may see and the filters match,
 * merged with our mirror (status, sub-account, last order), in number order. The report
 * is the one `options.reportId` names when it is still kept and fits the filters, else
 * read now; the answer names it for the view's next pages, filters and CSV.
 *
 * A reseller's slice is decided by our mirror alone: a number is the sub-account's when
 * the portal holds it under that sub-account. Matching by customer service name as well
 * would widen the slice: a name is a routing label that the partner's staff may put on
 * any number with a change order, and the order engine (authorizeSubmission) lets a
 * sub-account change or disconnect only the numbers our mirror gives it, so a number seen
 * by its name alone would be one the reseller can neither act on nor open. Numbers a
 * reseller installed always carry one of its names (installs require it), so nothing of
 * its own is lost.
 */
export async function listEveryActiveNumber(
  tenant: Tenant,
  query: ListQuery,
  options: ListOptions = {},
): Promise<{ report: ActiveReportRead; numbers: ActiveNumber[] }> {
  const { rows, id, readAt } = await readActiveReportSnapshot(tenant, { customerServiceName: query.customerServiceName, reportId: options.reportId }, { client: options.client });
  const mirror = await readMirror(tenant, rows.map((row) => tenDigits(row.telephoneNumber)));
  const wanted = subAccountFilter(tenant, query.subAccount);
  const search = searchOf(query.q);

  const numbers: ActiveNumber[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const tn = tenDigits(row.telephoneNumber);
    const known = mirror.get(tn);
    if (seen.has(tn)) continue;
    if (tenant.subAccount && known?.subAccount?.id !== tenant.subAccount.id) continue;
    if (wanted !== undefined && (known?.subAccount?.id ?? null) !== wanted) continue;
    if (query.product !== undefined && row.productID !== query.product) continue;
    const number = toActiveNumber(row, known);
    if (search && !search(number)) continue;
    seen.add(tn);
    numbers.push(number);
  }
  return { report: { id, readAt }, numbers: numbers.sort((a, b) => a.tn.localeCompare(b.tn)) };
}

/** One page of the active numbers (see listEveryActiveNumber), counted after every filter. */
export async function listActiveNumbers(tenant: Tenant, query: ParsedActiveNumbersQuery, options: ListOptions = {}): Promise<ActiveNumbersPage> {
  const { report, numbers: all } = await listEveryActiveNumber(tenant, query, options);
  const offset = (query.page - 1) * query.pageSize;
  return {
    report,
    page: query.page,
    pageSize: query.pageSize,
    totalCount: all.length,
    pageCount: Math.max(1, Math.ceil(all.length / query.pageSize)),
    numbers: all.slice(offset, offset + query.pageSize),
  };
}

type MirrorRow = Pick<ActiveNumber, "mirrorStatus" | "subAccount" | "lastOrder">;

async function readMirror(tenant: Tenant, tns: string[]): Promise<Map<string, MirrorRow>> {
  if (tns.length === 0) return new Map();
  const scope = tenantScope(tenant);
  const rows = await db().telephoneNumber.findMany({
    where: { ...scope, tn: { in: [...new Set(tns)] } },
    select: {
      tn: true,
      status: true,
      subAccount: { select: { id: true, name: true } },
      orders: {
        where: { order: scope },
        orderBy: { order: { createdAt: "desc" } },
        take: 1,
        select: { order: { select: { id: true, type: true, status: true, createdAt: true } } },
      },
    },
  });
  return new Map(rows.map((row) => [row.tn, { mirrorStatus: row.status, subAccount: row.subAccount, lastOrder: row.orders[0]?.order ?? null }]));
}

/** The sub-account id a staff filter asks for (null: none holds it); resellers have no such filter. */
function subAccountFilter(tenant: Tenant, value: string | undefined): string | null | undefined {
  if (tenant.subAccount || value === undefined) return undefined;
  return value === NO_SUB_ACCOUNT ? null : value;
}

/** Digits search the number; anything else searches the subscriber's name. */
function searchOf(q: string | undefined): ((n: ActiveNumber) => boolean) | null {
  if (q === undefined) return null;
  const digits = q.replace(/[\s().+-]/g, "");
  if (/^\d+$/.test(digits)) {
    const wanted = digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
    return (n) => n.tn.includes(wanted);
  }
  const words = q.toLowerCase();
  return (n) => n.subscriber.toLowerCase().includes(words);
}

function toActiveNumber(row: ActiveReportRow, known: MirrorRow | undefined): ActiveNumber {
  return {
    tn: tenDigits(row.telephoneNumber),
    ...reportFacts(row),
    mirrorStatus: known?.mirrorStatus ?? null,
    subAccount: known?.subAccount ?? null,
    lastOrder: known?.lastOrder ?? null,
  };
}
