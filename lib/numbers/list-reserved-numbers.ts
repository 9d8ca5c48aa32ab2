import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { LumenClient } from "@/lib/lumen/client";
import { MAX_PAGE_SIZE } from "@/lib/lumen/schemas/fields/paging";
import type { RateCenterUtilizationResponse } from "@/lib/lumen/schemas/rate-center-utilization";
import type { ReservedInventoryResponse } from "@/lib/lumen/schemas/reserved-inventory";
import { readFromLumen } from "@/lib/lumen-reads/lumen-reads";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";
import type { ParsedReservedNumbersQuery } from "./reserved-numbers-query";

/** Local Inbound: the product assumed for a number our mirror does not know. */
export const DEFAULT_PRODUCT_ID = "2036";

export interface ReservedNumber {
  /** Ten digits. */
  tn: string;
  rateCenter: string;
  state: string;
  voiceOrderID: string;
  externalOrderID: string | null;
  reservedAt: string;
  /** The portal order that reserved it, when it was reserved through the portal. */
  orderId: string | null;
  /** From our mirror; null when we do not know the number's product. */
  productId: string | null;
  subAccountName: string | null;
  /** From our mirror: who holds it, so staff can hand it on. */
  subAccount: { id: string } | null;
}

export interface ReservedNumbersPage {
  page: number;
  pageSize: number;
  /** Lumen's count for the NPA/NXX/order filters (the rate-center filter is not in it). */
  totalCount: number;
  pageCount: number;
  /** Rows Lumen returned for this page, before the rate-center filter. */
  lumenRows: number;
  numbers: ReservedNumber[];
}

/**
 * One page of Lumen's reserved inventory (already cut to a reseller's own numbers by
 * readFromLumen), merged with our mirror in one query: the portal order that reserved each
 * number, its product and its sub-account.
 */
export async function listReservedNumbers(
  tenant: Tenant,
  query: ParsedReservedNumbersQuery,
  options: { client?: LumenClient } = {},
): Promise<ReservedNumbersPage> {
  const answer = (await readFromLumen(
    tenant,
    "reserved-inventory",
    "GET",
    {
      ...(query.NPA !== undefined && { NPA: query.NPA }),
      ...(query.NXX !== undefined && { NXX: query.NXX }),
      ...(query.voiceOrderID !== undefined && { voiceOrderID: query.voiceOrderID }),
      ...(query.externalOrderID !== undefined && { externalOrderID: query.externalOrderID }),
      pageNumber: query.page,
      pageSize: query.pageSize,
    },
    options,
  )) as ReservedInventoryResponse;

  const rows = answer.telephoneNumbers.filter((n) => query.rateCenter === undefined || n.rateCenter.toUpperCase() === query.rateCenter);
  const tns = rows.map((n) => n.telephoneNumber.slice(-10));
  const voiceOrderIds = [...new Set(rows.map((n) => n.voiceOrderID))];
  const scope = tenantScope(tenant);
  const mirror =
    tns.length === 0
      ? []
      : await db().telephoneNumber.findMany({
          where: { ...scope, tn: { in: tns } },
          select: {
            tn: true,
            productId: true,
            subAccount: { select: { id: true, name: true } },
            // The reservation that put it in inventory: Lumen's voiceOrderID is our order's.
            orders: {
              where: { order: { ...scope, type: "reserve", voiceOrderId: { in: voiceOrderIds } } },
              select: { order: { select: { id: true, voiceOrderId: true } } },
            },
          },
        });
  const byTn = new Map(mirror.map((row) => [row.tn, row]));

  const pageSize = answer.pageSize || query.pageSize;
  return {
    page: query.page,
    pageSize,
    totalCount: answer.totalCount,
    pageCount: Math.max(1, Math.ceil(answer.totalCount / pageSize)),
    lumenRows: answer.telephoneNumbers.length,
    numbers: rows.map((n) => {
      const tn = n.telephoneNumber.slice(-10);
      const known = byTn.get(tn);
      return {
        tn,
        rateCenter: n.rateCenter,
        state: n.state,
        voiceOrderID: n.voiceOrderID,
        externalOrderID: n.externalOrderID ?? null,
        reservedAt: n.reservedAt,
        orderId: known?.orders.find((link) => link.order.voiceOrderId === n.voiceOrderID)?.order.id ?? null,
        productId: known?.productId ?? null,
        subAccountName: known?.subAccount?.name ?? null,
        subAccount: known?.subAccount ? { id: known.subAccount.id } : null,
      };
    }),
  };
}

export type RateCenterUsage = RateCenterUtilizationResponse["utilization"][number] & { productId: string; productAssumed: boolean };

/**
 * Utilization for the rate centers of a page, one POST per product. A rate center is
 * asked about under the product the mirror knows for its numbers there (under each, when
 * it knows two). Where the page's numbers have no known product (a reseller's numbers
 * handed over from Lumen's inventory, say), the products the organization's record knows
 * in that rate center stand in; only where it knows none is Local Inbound (2036) assumed
 * (`productAssumed`). A rate center's numbers of unknown product are not asked about again
 * under 2036 beside a known product: the page would show that rate center twice.
 */
export async function readPageUtilization(tenant: Tenant, numbers: ReservedNumber[], options: { client?: LumenClient } = {}): Promise<RateCenterUsage[]> {
  const places = new Map<string, { rateCenter: string; state: string; known: Set<string> }>();
  for (const n of numbers) {
    const key = `${n.rateCenter}|${n.state}`;
    const place = places.get(key) ?? { rateCenter: n.rateCenter, state: n.state, known: new Set<string>() };
    if (n.productId !== null) place.known.add(n.productId);
    places.set(key, place);
  }
  await learnProductsFromTheOrganization(tenant, [...places.values()].filter((place) => place.known.size === 0));
  const byProduct = new Map<string, Array<{ rateCenter: string; state: string }>>();
  const assumed = new Set<string>();
  for (const { rateCenter, state, known } of places.values()) {
    const products = known.size > 0 ? [...known] : [DEFAULT_PRODUCT_ID];
    if (known.size === 0) assumed.add(`${DEFAULT_PRODUCT_ID}|${rateCenter}|${state}`);
    for (const productId of products) {
      const rateCenters = byProduct.get(productId) ?? [];
      rateCenters.push({ rateCenter, state });
      byProduct.set(productId, rateCenters);
    }
  }
  const answers = await Promise.all(
    [...byProduct].map(async ([productId, rateCenters]) => {
      const answer = (await readFromLumen(tenant, "utilization", "POST", { productID: productId, rateCenters }, options)) as RateCenterUtilizationResponse;
      return answer.utilization.map((u) => ({ ...u, productId, productAssumed: assumed.has(`${productId}|${u.rateCenter}|${u.state}`) }));
    }),
  );
  return answers.flat();
}

/**
 * The products the organization's record knows in rate centers where the page's numbers
 * name none. Across the whole organization, a reseller's view included: Lumen's 75 % rule
 * counts the partner's whole account, and the utilization shown already does.
 */
async function learnProductsFromTheOrganization(tenant: Tenant, places: Array<{ rateCenter: string; state: string; known: Set<string> }>): Promise<void> {
  if (places.length === 0) return;
  const rows = await db().$queryRaw<Array<{ rateCenter: string; state: string; productId: string }>>(Prisma.sql`
    SELECT DISTINCT "rateCenter", "state", "productId" FROM "TelephoneNumber"
    WHERE "organizationId" = ${tenant.organizationId} AND "productId" IS NOT NULL
      AND ("rateCenter", "state") IN (${Prisma.join(places.map((place) => Prisma.sql`(${place.rateCenter}, ${place.state})`))})`);
  for (const row of rows) places.find((place) => place.rateCenter === row.rateCenter && place.state === row.state)?.known.add(row.productId);
}

/** Every reserved number the filters match, page by page at Lumen's largest page (for the CSV). */
export async function listEveryReservedNumber(
  tenant: Tenant,
  query: ParsedReservedNumbersQuery,
  options: { client?: LumenClient; maxPages?: number } = {},
): Promise<ReservedNumber[]> {
  const numbers: ReservedNumber[] = [];
  const maxPages = options.maxPages ?? 200;
  for (let page = 1; page <= maxPages; page++) {
    const answer = await listReservedNumbers(tenant, { ...query, page, pageSize: MAX_PAGE_SIZE }, options);
    numbers.push(...answer.numbers);
    if (answer.lumenRows === 0 || page * answer.pageSize >= answer.totalCount) break;
  }
  return numbers;
}
