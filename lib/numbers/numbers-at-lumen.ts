import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { LumenClient } from "@/lib/lumen/client";
import { MAX_PAGE_SIZE } from "@/lib/lumen/schemas/fields/paging";
import type { ReservedInventoryResponse } from "@/lib/lumen/schemas/reserved-inventory";
import { readFromLumen } from "@/lib/lumen-reads/lumen-reads";
import type { Tenant } from "@/lib/tenancy/tenant";
import { readActiveReport, reportFacts, tenDigits, type ActiveReportRow, type ReportFacts } from "./active-report";

/** What Lumen reports about a number now. */
export type LumenNumberState =
  | ({ state: "active" } & ReportFacts)
  | { state: "reserved"; rateCenter: string; regionState: string; reservedAt: string; voiceOrderID: string }
  /** In neither the active report nor the reserved inventory. */
  | { state: "absent" };

export type LumenHeldState = Exclude<LumenNumberState, { state: "absent" }>;

/**
 * How many exchanges (NPA-NXX) one look-up may span: each costs at least one read of
 * Lumen's reserved inventory, so numbers from across the country would cost one per number.
 */
export const MAX_UNRECORDED_EXCHANGES = 50;

/** Reserved inventory pages read per NPA-NXX at most: 200 × 500 numbers, more than an exchange has. */
const MAX_RESERVED_PAGES = 200;

/**
 * Where Lumen has each number: its active report first, then the reserved inventory of
 * each number's NPA-NXX (Lumen's filter). A number in neither is left out of the answer.
 * Lumen is the authority on what the organization holds; the browser's word for it is
 * never taken.
 */
export async function findNumbersAtLumen(tenant: Tenant, tns: readonly string[], options: { client?: LumenClient } = {}): Promise<Map<string, LumenHeldState>> {
  const found = new Map<string, LumenHeldState>();
  const wanted = new Set(tns);
  if (wanted.size === 0) return found;

  // Counts the wanted numbers as they pass, so the read stops at the page with the last one.
  const lastFound = (row: ActiveReportRow) => {
    const tn = tenDigits(row.telephoneNumber);
    if (wanted.has(tn) && !found.has(tn)) found.set(tn, { state: "active", ...reportFacts(row) });
    return found.size === wanted.size;
  };
  // One number (its page): page after page, stopping at the page that has it. Several (a
  // move): the whole report, four pages at a time, since numbers from the reserved list
  // are never found in it and 40 pages one after the other would keep the mover waiting.
  if (wanted.size === 1) await readActiveReport(tenant, { stopAt: lastFound }, options);
  else (await readActiveReport(tenant, {}, options)).forEach(lastFound);

  const missingByExchange = new Map<string, Set<string>>();
  for (const tn of wanted) {
    if (found.has(tn)) continue;
    const exchange = tn.slice(0, 6);
    const missing = missingByExchange.get(exchange) ?? new Set<string>();
    missing.add(tn);
    missingByExchange.set(exchange, missing);
  }
  for (const [exchange, missing] of missingByExchange) {
    for (let pageNumber = 1; pageNumber <= MAX_RESERVED_PAGES && missing.size > 0; pageNumber++) {
      const page = (await readFromLumen(
        tenant,
        "reserved-inventory",
        "GET",
        { NPA: exchange.slice(0, 3), NXX: exchange.slice(3, 6), pageNumber, pageSize: MAX_PAGE_SIZE },
        options,
      )) as ReservedInventoryResponse;
      for (const row of page.telephoneNumbers) {
        const tn = tenDigits(row.telephoneNumber);
        if (!missing.delete(tn)) continue;
        found.set(tn, { state: "reserved", rateCenter: row.rateCenter, regionState: row.state, reservedAt: row.reservedAt, voiceOrderID: row.voiceOrderID });
      }
      const pageSize = page.pageSize || MAX_PAGE_SIZE;
      if (page.telephoneNumbers.length === 0 || pageNumber * pageSize >= page.totalCount) break;
    }
  }
  return found;
}

/** The portal's record of a number it never ordered on, as Lumen reports it. */
export function mirrorRowFromLumen(organizationId: string, tn: string, lumen: LumenHeldState): Prisma.TelephoneNumberCreateManyInput {
  return lumen.state === "active"
    ? { organizationId, tn, status: "active", productId: lumen.productId, customerServiceName: lumen.customerServiceName }
    : { organizationId, tn, status: "reserved", rateCenter: lumen.rateCenter, state: lumen.regionState };
}
