import "server-only";
import { db } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import type { TelephoneNumberStatus } from "@/lib/db/generated/enums";
import type { LumenClient } from "@/lib/lumen/client";
import { toTenDigitTn } from "@/lib/lumen/telephone-numbers";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";
import { findNumbersAtLumen, type LumenNumberState } from "./numbers-at-lumen";


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
  // Neither record nor answer: the page says Lumen could not be asked, rather than failing.
  return { tn, mirror, lumen, lumenError };
}

/** Where Lumen has the number: its active report first, then the reserved inventory of its NPA-NXX. */
export async function lookUpAtLumen(tenant: Tenant, tn: string, options: { client?: LumenClient } = {}): Promise<LumenNumberState> {
  return (await findNumbersAtLumen(tenant, [tn], options)).get(tn) ?? { state: "absent" };
}
