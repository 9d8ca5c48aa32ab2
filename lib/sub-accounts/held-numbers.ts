import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { TelephoneNumberStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/client";
import { OPEN_STATUSES } from "@/lib/orders/lumen-status";

/** The statuses in which a number counts against a sub-account's limit: reserved, on order, or in service. */
export const HELD_STATUSES: TelephoneNumberStatus[] = ["reserved", "pending", "active"];


type Reader = Pick<Prisma.TransactionClient, "telephoneNumber" | "order">;

/** How many numbers a sub-account holds now, by the portal's mirror of Lumen's inventory. */
export async function countHeldNumbers(subAccountId: string, reader: Reader = db()): Promise<number> {
  return reader.telephoneNumber.count({ where: { subAccountId, status: { in: HELD_STATUSES } } });
}

/**
 * What a limit is checked against: the numbers held, plus the quantities of its
 * reservations Lumen has accepted but whose numbers have not arrived yet; otherwise a
 * reseller at its limit could reserve again and again until the first numbers came in.
 */
export async function countHeldAndComingNumbers(subAccountId: string, reader: Reader = db()): Promise<number> {
  const [held, open] = await Promise.all([
    countHeldNumbers(subAccountId, reader),
    reader.order.findMany({
      where: { subAccountId, type: "reserve", status: { in: [...OPEN_STATUSES] }, numbers: { none: {} } },
      select: { request: true },
    }),
  ]);
  return held + open.reduce((sum, order) => sum + reservedQuantity(order.request), 0);
}

/** The numbers a reservation asks for, over all its rate centers. */
export function reservedQuantity(request: unknown): number {
  const rateCenters = (request as { rateCenters?: Array<{ quantity?: unknown }> } | null)?.rateCenters ?? [];
  return rateCenters.reduce((sum, rateCenter) => sum + (typeof rateCenter.quantity === "number" ? rateCenter.quantity : 0), 0);
}

