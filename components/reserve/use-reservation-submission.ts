import { useRef, useState } from "react";
import type { ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { codedMessage, toOrderRequest, type ReservationLineValues } from "./reserve-wizard-schema";
import { NetworkError, placeReservation, PortalError } from "./reserve-api";

export type LineResult =
  | { state: "waiting" }
  | { state: "sending" }
  | { state: "placed"; orderId: string; status: string; voiceOrderId: string | null; duplicate: boolean }
  /** Lumen or the portal refused the line; `orderId` when the refusal was recorded as an order. */
  | { state: "refused"; code: string; lumenCode: number | null; message: string; orderId: string | null }
  | { state: "unavailable"; message: string; orderId: string | null }
  /** No answer: nothing is known to have happened, so the same key may be sent again. */
  | { state: "not-sent"; code: string; message: string };

const orderIdOf = (error: PortalError) => (typeof error.details.orderId === "string" ? error.details.orderId : null);

function resultOf(error: unknown): LineResult {
  if (error instanceof NetworkError) return { state: "not-sent", code: "NETWORK", message: error.message };
  if (!(error instanceof PortalError)) return { state: "not-sent", code: "INTERNAL", message: "Something went wrong in this browser." };
  switch (error.code) {
    case "LUMEN_UNAVAILABLE":
      return { state: "unavailable", message: error.message, orderId: orderIdOf(error) };
    case "LUMEN_REJECTED":
      return { state: "refused", code: error.code, lumenCode: error.lumenCode, message: error.message, orderId: orderIdOf(error) };
    case "VALIDATION_FAILED": {
      // The portal's own check: name the first field with Lumen's code and words.
      const [field, messages] = Object.entries(error.fieldErrors)[0] ?? [];
      const code = field ? (error.fieldCodes[field] ?? null) : null;
      return { state: "refused", code: error.code, lumenCode: code, message: messages?.[0] ?? error.message, orderId: null };
    }
    case "INTERNAL":
      // Unknown outcome: sending the same key again returns the order if it was recorded.
      return { state: "not-sent", code: error.code, message: error.message };
    default:
      return { state: "refused", code: error.code, lumenCode: error.lumenCode, message: error.message, orderId: orderIdOf(error) };
  }
}

export function resultMessage(result: Extract<LineResult, { state: "refused" }>): string {
  return codedMessage(result.lumenCode, result.message);
}

/**
 * Sends one reservation order per rate center, one after the other. Line `i` always goes
 * with the idempotency key `${batchKey}-${i}`: a double click, or sending again after a
 * lost answer, finds the order already recorded and reserves nothing twice.
 */
export function useReservationSubmission(org: string) {
  const [results, setResults] = useState<LineResult[] | null>(null);
  const [pending, setPending] = useState(false);
  const running = useRef(false);

  async function send(batchKey: string, productID: ProductId, lines: ReservationLineValues[], only?: number[]) {
    if (running.current) return;
    running.current = true;
    setPending(true);
    const indexes = only ?? lines.map((_, index) => index);
    const update = (index: number, result: LineResult) =>
      setResults((previous) => (previous ?? lines.map((): LineResult => ({ state: "waiting" }))).map((old, i) => (i === index ? result : old)));
    setResults((previous) => {
      const base = previous ?? lines.map((): LineResult => ({ state: "waiting" }));
      return base.map((old, i) => (indexes.includes(i) ? { state: "waiting" } : old));
    });
    try {
      for (const index of indexes) {
        const line = lines[index];
        if (!line) continue;
        update(index, { state: "sending" });
        try {
          const placed = await placeReservation(org, {
            idempotencyKey: `${batchKey}-${index}`,
            batchKey,
            request: toOrderRequest(productID, line),
          });
          update(index, {
            state: "placed",
            orderId: placed.order.id,
            status: placed.order.status,
            voiceOrderId: placed.order.voiceOrderId,
            duplicate: placed.duplicate,
          });
        } catch (error) {
          update(index, resultOf(error));
        }
      }
    } finally {
      running.current = false;
      setPending(false);
    }
  }

  return {
    results,
    pending,
    send,
    reset: () => setResults(null),
  };
}
