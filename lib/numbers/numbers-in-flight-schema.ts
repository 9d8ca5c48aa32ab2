import { z } from "zod";
import type { OrderType } from "@/lib/db/generated/enums";

// What the port-in wizard asks the server (numbers-in-flight.ts) before a port: which of
// its numbers an order still holds at Lumen. Lumen refuses another order on such a number
// (1612: "multiple orders submitted for this telephone number, or it is in a pending status").

/** Lumen's code for a number another order still holds. */
export const NUMBER_IN_FLIGHT_CODE = 1612;

export const NumbersInFlightQuerySchema = z.object({
  tns: z.array(z.string().regex(/^\d{10}$/, "Ten digits.")).min(1).max(1000),
});

export interface NumberInFlight {
  tn: string;
  order: { id: string; type: OrderType; voiceOrderId: string | null };
}
