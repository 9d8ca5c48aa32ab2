import "server-only";
import { db } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import type { TelephoneNumberStatus } from "@/lib/db/generated/enums";
import type { LumenClient } from "@/lib/lumen/client";
import { MAX_PAGE_SIZE } from "@/lib/lumen/schemas/fields/paging";
import type { ReservedInventoryResponse } from "@/lib/lumen/schemas/reserved-inventory";
import { toTenDigitTn } from "@/lib/lumen/telephone-numbers";
import { readFromLumen } from "@/lib/lumen-reads/lumen-reads";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";
import { formatReportAddress, readActiveReport, subscriberOf, tenDigits } from "./active-report";

/** What Lumen reports about a number now. */
export type LumenNumberState =
  | {
      state: "active";
      productId: string;
      customerType: "B" | "R";
      subscriber: string;
      serviceAddress: string | null;
      e911Address: string | null;
      customerServiceName: string | null;
    }
  | { state: "reserved"; rateCenter: string; regionState: string; reservedAt: string; voiceOrderID: string }
  /** In neither the active report nor the reserved inventory. */
  | { state: "absent" };

export interface NumberMirror {
  id: string;
  status: TelephoneNumberStatus;
  productId: string | null;
  rateCenter: string | null;
  state: string | null;
  customerServiceName: string | null;
  subAccount: { id: string; name: string } | null;
  updatedAt: Date;
}

export interface NumberFacts {
  tn: string;
  mirror: NumberMirror | null;
  /** Null when Lumen could not be asked; `lumenError` says why. */
  lumen: LumenNumberState | null;
  lumenError: AppError | null;
}

/** The ten digits of a number in an address (3035551234, +13035551234), or "not found". */
export function tnFromParam(unverified: string): string {
  let text: string;
  try {
    text = decodeURIComponent(unverified);
  } catch {
    throw notFoundError("This number");
  }
  const tn = toTenDigitTn(text.replace(/[\s().-]/g, ""));
  if (!tn) throw notFoundError("This number");
  return tn;
}

/** The mirror's row for a number, if the tenant's slice holds it. */
export async function findMirrorRow(tenant: Tenant, tn: string): Promise<NumberMirror | null> {
  return db().telephoneNumber.findFirst({
    where: { ...tenantScope(tenant), tn },
    select: {
      id: true,
      status: true,
      productId: true,
      rateCenter: true,
      state: true,
      customerServiceName: true,
      subAccount: { select: { id: true, name: true } },
      updatedAt: true,
    },
  });
}

/**
 * One number as the portal and Lumen know it now. A reseller's users see only numbers our
 * mirror gives their sub-account (the rule of listEveryActiveNumber); the partner's staff
 * also see numbers the portal never ordered, as long as Lumen holds them. Anything else is
 * "not found", the same as a number that does not exist.
 */
export async function getNumber(tenant: Tenant, unverifiedTn: string, options: { client?: LumenClient } = {}): Promise<NumberFacts> {
  const tn = tnFromParam(unverifiedTn);
  const mirror = await findMirrorRow(tenant, tn);
  if (tenant.subAccount && !mirror) throw notFoundError("This number");
  let lumen: LumenNumberState | null = null;
  let lumenError: AppError | null = null;
  try {
    lumen = await lookUpAtLumen(tenant, tn, options);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    lumenError = error;
  }
  if (!mirror && lumen?.state === "absent") throw notFoundError("This number");
  if (!mirror && lumenError) throw lumenError;
  return { tn, mirror, lumen, lumenError };
}

/** Where Lumen has the number: its active report first, then the reserved inventory of its NPA-NXX. */
export async function lookUpAtLumen(tenant: Tenant, tn: string, options: { client?: LumenClient } = {}): Promise<LumenNumberState> {
  const rows = await readActiveReport(tenant, { stopAt: (row) => tenDigits(row.telephoneNumber) === tn }, options);
  const active = rows.find((row) => tenDigits(row.telephoneNumber) === tn);
  if (active) {
    return {
      state: "active",
      productId: active.productID,
      customerType: active.customerType,
      subscriber: subscriberOf(active),
      serviceAddress: formatReportAddress(active.serviceAddress),
      e911Address: formatReportAddress(active.e911Address),
      customerServiceName: active.customerServiceName ?? null,
    };
  }
  for (let pageNumber = 1; pageNumber <= 200; pageNumber++) {
    const page = (await readFromLumen(
      tenant,
      "reserved-inventory",
      "GET",
      { NPA: tn.slice(0, 3), NXX: tn.slice(3, 6), pageNumber, pageSize: MAX_PAGE_SIZE },
      options,
    )) as ReservedInventoryResponse;
    const reserved = page.telephoneNumbers.find((row) => tenDigits(row.telephoneNumber) === tn);
    if (reserved) {
      return { state: "reserved", rateCenter: reserved.rateCenter, regionState: reserved.state, reservedAt: reserved.reservedAt, voiceOrderID: reserved.voiceOrderID };
    }
    const pageSize = page.pageSize || MAX_PAGE_SIZE;
    if (page.telephoneNumbers.length === 0 || pageNumber * pageSize >= page.totalCount) break;
  }
  return { state: "absent" };
}
