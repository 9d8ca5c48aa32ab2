import { useRef, useState } from "react";
import type { OrderSubmissionInput } from "@/lib/orders/order-submission-schema";
import { codedMessage, lumenAnswer } from "./coded-message";
import { NetworkError, placeOrder, PortalError, type PlacedOrder } from "./portal-api";

/** One order of a batch as the wizard builds it; the keys are added when it is sent. */
export type BatchOrder = OrderSubmissionInput extends infer T ? (T extends unknown ? Omit<T, "idempotencyKey" | "batchKey"> : never) : never;

export type OrderResult =
  | { state: "waiting" }
  | { state: "sending" }
  | {
      state: "placed";
      orderId: string;
      status: string;
      voiceOrderId: string | null;
      duplicate: boolean;
      /** The order of this batch that never reached Lumen, when this one placed it again. */
      placedAgainFrom?: string;
    }
  /** Lumen or the portal refused the order; `orderId` when the refusal was recorded as an order. */
  | { state: "refused"; code: string; lumenCode: number | null; message: string; orderId: string | null }
  /** Lumen could not take the order; `placeable` when it surely never reached Lumen (it may be placed again). */
  | { state: "unavailable"; lumenCode: number | null; message: string; orderId: string | null; placeable: boolean }
  /** No answer: nothing is known to have happened, so the same key may be sent again. */
  | { state: "not-sent"; code: string; message: string };

const orderIdOf = (error: PortalError) => (typeof error.details.orderId === "string" ? error.details.orderId : null);

function resultOf(error: unknown): OrderResult {
  if (error instanceof NetworkError) return { state: "not-sent", code: "NETWORK", message: error.message };
  if (!(error instanceof PortalError)) return { state: "not-sent", code: "INTERNAL", message: "Something went wrong in this browser." };
  switch (error.code) {
    case "LUMEN_UNAVAILABLE":
      return { state: "unavailable", lumenCode: error.lumenCode, message: error.message, orderId: orderIdOf(error), placeable: error.details.status === "failed" };
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

export function resultMessage(result: Extract<OrderResult, { state: "refused" | "unavailable" }>): string {
  if (result.state === "refused" && result.code === "LUMEN_REJECTED") return lumenAnswer(result.lumenCode, result.message);
  return codedMessage(result.lumenCode, result.message);
}

/**
 * Sends the orders of one batch one after the other. Order `i` always goes with the
 * idempotency key `${batchKey}-${i}`: a double click, or sending again after a lost
 * answer, finds the order already recorded and places nothing twice.
 */
export function useOrderBatch(org: string) {
  const [results, setResults] = useState<OrderResult[] | null>(null);
  const [pending, setPending] = useState(false);
  const running = useRef(false);

  async function send(batchKey: string, orders: BatchOrder[], only?: number[]) {
    if (running.current) return;
    running.current = true;
    setPending(true);
    const indexes = only ?? orders.map((_, index) => index);
    const waiting = () => orders.map((): OrderResult => ({ state: "waiting" }));
    const update = (index: number, result: OrderResult) =>
      setResults((previous) => (previous ?? waiting()).map((old, i) => (i === index ? result : old)));
    setResults((previous) => (previous ?? waiting()).map((old, i) => (indexes.includes(i) ? { state: "waiting" } : old)));
    try {
      for (const index of indexes) {
        const order = orders[index];
        if (!order) continue;
        update(index, { state: "sending" });
        try {
          const placed = await placeOrder(org, { ...order, idempotencyKey: `${batchKey}-${index}`, batchKey } as OrderSubmissionInput);
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

  /** An order of this batch that never reached Lumen was placed again as `placed`: its row says so. */
  function placedAgain(orderId: string, placed: PlacedOrder["order"]) {
    setResults((previous) =>
      previous?.map((result) =>
        result.state === "unavailable" && result.orderId === orderId
          ? { state: "placed", orderId: placed.id, status: placed.status, voiceOrderId: placed.voiceOrderId, duplicate: false, placedAgainFrom: orderId }
          : result,
      ) ?? null,
    );
  }

  const done = results !== null && !pending && results.every((r) => r.state !== "waiting" && r.state !== "sending");
  // Nothing of the batch reached Lumen as an order it took: it may be corrected and sent anew.
  const correctable = done && results.every((r) => r.state !== "placed") && results.some((r) => r.state === "refused");
  return { results, pending, done, correctable, send, placedAgain, reset: () => setResults(null) };
}
