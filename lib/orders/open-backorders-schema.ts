import { z } from "zod";

// What the reservation wizard asks the server (open-backorders.ts) before a reservation:
// which of its rate centers hold a reservation of the organization's that came back short
// and is not over (waiting for the backorder answer, or backordered). Lumen refuses another
// reservation there with 4011 ("Orders are already in progress or in backorder"), whoever
// placed the first: the partner and its resellers order on one Lumen customer number.

/** Lumen's code for a reservation where another is still in backorder. */
export const OPEN_BACKORDER_CODE = 4011;

export const OpenBackordersQuerySchema = z.object({
  rateCenters: z
    .array(z.object({ rateCenter: z.string().min(1).max(64), state: z.string().regex(/^[A-Z]{2}$/, "Two capital letters.") }))
    .min(1)
    .max(100),
});

export interface OpenBackorder {
  rateCenter: string;
  state: string;
  /** Null when the reservation is outside the asker's slice (a reseller asking of the partner's, or another reseller's). */
  order: { id: string; voiceOrderId: string | null; awaitingApproval: boolean } | null;
}
