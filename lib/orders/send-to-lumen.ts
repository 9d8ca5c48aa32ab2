import "server-only";
import type { LumenClient } from "@/lib/lumen/client";
import type { LumenResponse } from "@/lib/lumen/client/lumen-client-types";
import { WHOLE_ORDER_TYPES } from "./order-actions";
import type { OrderSubmission } from "./order-submission-schema";

/** Order types whose Lumen request carries our externalOrderID, so a lost answer can be looked up. */
export const CARRIES_EXTERNAL_ORDER_ID: ReadonlySet<string> = WHOLE_ORDER_TYPES;

export interface PreparedCall {
  /** What goes on the wire (and, redacted, into the order's history). */
  sent: Record<string, unknown>;
  send(client: LumenClient): Promise<LumenResponse<"OrderAcceptedResponse">>;
}

/**
 * The one place that knows which Lumen operation each order type is: builds the request
 * (with our order id as externalOrderID, or the parent's voiceOrderId) and the call.
 */
export function prepareLumenCall(submission: OrderSubmission, externalOrderId: string, parentVoiceOrderId: string | null): PreparedCall {
  const withExternalId = <T extends object>(request: T) => ({ ...request, externalOrderID: externalOrderId });
  switch (submission.type) {
    case "reserve": {
      const body = withExternalId(submission.request);
      return { sent: body, send: (client) => client.orderInventory(body) };
    }
    case "install":
    case "port": {
      const body = withExternalId(submission.request);
      return { sent: body, send: (client) => client.submitOrder(body) };
    }
    case "change": {
      const body = withExternalId(submission.request);
      return { sent: body, send: (client) => client.changeOrder(body) };
    }
    case "disconnect": {
      const body = withExternalId(submission.request);
      return { sent: body, send: (client) => client.disconnectOrder(body) };
    }
    case "supplement": {
      const path = { voiceOrderId: parentVoiceOrderId! };
      return { sent: { ...path, ...submission.request }, send: (client) => client.supplementOrder(path, submission.request) };
    }
    case "cancel": {
      const body = { voiceOrderId: parentVoiceOrderId!, ...(submission.childOrderId && { childOrderId: submission.childOrderId }) };
      return { sent: body, send: (client) => client.cancelOrder(body) };
    }
    case "approval": {
      const body = { voiceOrderId: parentVoiceOrderId!, decision: submission.decision };
      return { sent: body, send: (client) => client.submitCustomerApproval(body) };
    }
    case "port_now": {
      const body = { voiceOrderId: parentVoiceOrderId! };
      return { sent: body, send: (client) => client.portNow(body) };
    }
  }
}

/** The product an order is for, where its request names one. */
export function productOf(submission: OrderSubmission): string | null {
  if (!("request" in submission)) return null;
  const productID = (submission.request as { productID?: unknown }).productID;
  return typeof productID === "string" ? productID : null;
}
