import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { TelephoneNumberStatus } from "@/lib/db/generated/enums";
import { MAX_TNS_PER_INSTALL } from "@/lib/lumen/schemas/install-order";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";

// What the portal's mirror knows of numbers about to be disconnected, so the person about
// to take them out of service sees what they are: how many of each product, rate center
// and customer service name. Numbers the tenant may not see are counted as unknown, the
// same as numbers the mirror never heard of.

// The wizards take at most ten requests' worth of numbers in one sitting.
const MAX_NUMBERS = MAX_TNS_PER_INSTALL * 10;

export const DisconnectSummaryQuerySchema = z.object({
  tns: z.array(z.string().regex(/^\d{10}$/, "Ten digits.")).max(MAX_NUMBERS),
});

export interface DisconnectSummaryGroup {
  productId: string | null;
  rateCenter: string | null;
  state: string | null;
  customerServiceName: string | null;
  count: number;
}

export interface DisconnectSummary {
  total: number;
  /** Known numbers by product, rate center and customer service name, largest group first. */
  groups: DisconnectSummaryGroup[];
  /** Known numbers that are not active: Lumen will refuse them (20061). */
  notActive: { tn: string; status: TelephoneNumberStatus }[];
  /** Numbers the portal has no record of (they may still be active at Lumen). */
  unknown: string[];
}

export async function summarizeDisconnect(tenant: Tenant, input: unknown): Promise<DisconnectSummary> {
  const tns = [...new Set(DisconnectSummaryQuerySchema.parse(input).tns)];
  const rows =
    tns.length === 0
      ? []
      : await db().telephoneNumber.findMany({
          where: { ...tenantScope(tenant), tn: { in: tns } },
          select: { tn: true, status: true, productId: true, rateCenter: true, state: true, customerServiceName: true },
        });
  const known = new Set(rows.map((row) => row.tn));
  const groups = new Map<string, DisconnectSummaryGroup>();
  for (const row of rows) {
    const key = JSON.stringify([row.productId, row.rateCenter, row.state, row.customerServiceName]);
    const group = groups.get(key) ?? { productId: row.productId, rateCenter: row.rateCenter, state: row.state, customerServiceName: row.customerServiceName, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return {
    total: tns.length,
    groups: [...groups.values()].sort((a, b) => b.count - a.count),
    notActive: rows.filter((row) => row.status !== "active").map((row) => ({ tn: row.tn, status: row.status })),
    unknown: tns.filter((tn) => !known.has(tn)),
  };
}
