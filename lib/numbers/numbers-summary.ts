import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { TelephoneNumberStatus } from "@/lib/db/generated/enums";
import { MAX_TNS_PER_INSTALL } from "@/lib/lumen/schemas/install-order";
import type { LumenClient } from "@/lib/lumen/client";
import { logger } from "@/lib/log/logger";
import { tenantScope } from "@/lib/orders/order-scope";
import type { Tenant } from "@/lib/tenancy/tenant";
import { findNumbersAtLumen, MAX_UNRECORDED_EXCHANGES, mirrorRowFromLumen } from "./numbers-at-lumen";
import { numbersInFlight } from "./numbers-in-flight";
import type { NumberInFlight } from "./numbers-in-flight-schema";

// What the portal knows of numbers about to be disconnected or changed, so the person about
// to act on them sees what they are: how many of each product, rate center and customer
// service name, and which of them Lumen would refuse. The mirror answers for the numbers it
// records; the others are looked up at Lumen (its active report, then the reserved
// inventory of their exchanges), as a move of numbers does. A reseller's slice is the
// portal's record alone: a number it does not record for the reseller is not the
// reseller's to disconnect or change (the engine refuses it, sub-account rules in
// lib/orders/authorize-submission.ts), and Lumen is not asked about it, since Lumen's answer
// describes the partner's account and would show the partner's numbers to the reseller.

// The wizards take at most ten requests' worth of numbers in one sitting.
const MAX_NUMBERS = MAX_TNS_PER_INSTALL * 10;

export const NumbersSummaryQuerySchema = z.object({
  tns: z.array(z.string().regex(/^\d{10}$/, "Ten digits.")).max(MAX_NUMBERS),
});

export interface NumbersSummaryGroup {
  productId: string | null;
  rateCenter: string | null;
  state: string | null;
  customerServiceName: string | null;
  count: number;
}

export interface NumbersSummary {
  total: number;
  /** Known numbers by product, rate center and customer service name, largest group first. */
  groups: NumbersSummaryGroup[];
  /** Known numbers that are not active (in the mirror, or reserved at Lumen): Lumen refuses to disconnect (20061) or change (1616) them. */
  notActive: { tn: string; status: TelephoneNumberStatus }[];
  /** Numbers Lumen holds neither active nor reserved for the organization: it refuses them (20041; a change of a number it does not know, 20042). */
  notHeld: string[];
  /** For a reseller: numbers the portal does not record in its slice, which it may not disconnect or change. */
  notInSlice: string[];
  /** Numbers one of the portal's own orders still holds at Lumen (not listed above): Lumen refuses another order on them (1612). */
  inFlight: NumberInFlight[];
  /** Numbers neither the portal nor Lumen could speak for: Lumen was not asked (too many exchanges) or did not answer. */
  unknown: string[];
  /** Why `unknown` is not empty, in words for the user. */
  unknownReason: string | null;
}

export async function summarizeNumbers(tenant: Tenant, input: unknown, options: { client?: LumenClient } = {}): Promise<NumbersSummary> {
  const tns = [...new Set(NumbersSummaryQuerySchema.parse(input).tns)];
  const recorded =
    tns.length === 0
      ? []
      : await db().telephoneNumber.findMany({
          where: { ...tenantScope(tenant), tn: { in: tns } },
          select: { tn: true, status: true, productId: true, rateCenter: true, state: true, customerServiceName: true },
        });
  const known = new Set(recorded.map((row) => row.tn));
  const rest = tns.filter((tn) => !known.has(tn));
  // A reseller's: not in its slice, and not for Lumen to describe. Staff's: Lumen's to answer.
  const [notInSlice, toAskLumen] = tenant.subAccount ? [rest, []] : [[], rest];
  // The portal's own orders in flight are asked for meanwhile: the look-up at Lumen is the slow part.
  const [atLumen, heldByOrders] = await Promise.all([lookUpAtLumen(tenant, toAskLumen, options), numbersInFlight(tenant, tns)]);
  const rows: SummaryRow[] = [...recorded, ...atLumen.rows];

  const groups = new Map<string, NumbersSummaryGroup>();
  for (const row of rows) {
    const key = JSON.stringify([row.productId, row.rateCenter, row.state, row.customerServiceName]);
    const group = groups.get(key) ?? { productId: row.productId, rateCenter: row.rateCenter, state: row.state, customerServiceName: row.customerServiceName, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  const notActive = rows.filter((row) => row.status !== "active").map((row) => ({ tn: row.tn, status: row.status }));
  // One reason per number: those already refused above are not listed again.
  const refused = new Set([...notActive.map((row) => row.tn), ...atLumen.notHeld, ...notInSlice]);
  const inFlight = heldByOrders.filter((number) => !refused.has(number.tn));
  return {
    total: tns.length,
    groups: [...groups.values()].sort((a, b) => b.count - a.count),
    notActive,
    notHeld: atLumen.notHeld,
    notInSlice,
    inFlight,
    unknown: atLumen.unknown,
    unknownReason: atLumen.unknownReason,
  };
}

type SummaryRow = { tn: string; status: TelephoneNumberStatus; productId: string | null; rateCenter: string | null; state: string | null; customerServiceName: string | null };

/** Where Lumen has the numbers the portal does not record; Lumen's silence leaves them unknown, it does not fail the summary. */
async function lookUpAtLumen(tenant: Tenant, tns: string[], options: { client?: LumenClient }) {
  const none = { rows: [] as SummaryRow[], notHeld: [] as string[], unknown: [] as string[], unknownReason: null as string | null };
  if (tns.length === 0) return none;
  const exchanges = new Set(tns.map((tn) => tn.slice(0, 6))).size;
  if (exchanges > MAX_UNRECORDED_EXCHANGES) {
    return { ...none, unknown: tns, unknownReason: `they come from ${exchanges} exchanges (NPA-NXX), more than the ${MAX_UNRECORDED_EXCHANGES} looked up at Lumen at once` };
  }
  let found: Awaited<ReturnType<typeof findNumbersAtLumen>>;
  try {
    found = await findNumbersAtLumen(tenant, tns, options);
  } catch (error) {
    logger.warn({ organizationId: tenant.organizationId, error: error instanceof Error ? error.message : String(error) }, "disconnect summary: Lumen look-up failed");
    return { ...none, unknown: tns, unknownReason: "Lumen did not answer the look-up" };
  }
  const rows: SummaryRow[] = [];
  const notHeld: string[] = [];
  for (const tn of tns) {
    const held = found.get(tn);
    if (!held) {
      notHeld.push(tn);
      continue;
    }
    // As the portal would record it (a move does), so that it reads like a recorded number.
    const row = mirrorRowFromLumen(tenant.organizationId, tn, held);
    rows.push({
      tn,
      status: row.status ?? "active",
      productId: row.productId ?? null,
      rateCenter: row.rateCenter ?? null,
      state: row.state ?? null,
      customerServiceName: row.customerServiceName ?? null,
    });
  }
  return { ...none, rows, notHeld };
}
