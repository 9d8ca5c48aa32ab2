// The portal's JSON API as the wizards' browser code sees it. Failures arrive as the
// portal's error body and are thrown as `PortalError`, so views branch on the code (and
// Lumen's code in details), never on message text.
import type { OrderStatus } from "@/lib/db/generated/enums";
import type { OrderSubmissionInput } from "@/lib/orders/order-submission-schema";

export class PortalError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, string | number | null> = {},
    readonly fieldErrors: Record<string, string[]> = {},
    readonly fieldCodes: Record<string, number> = {},
  ) {
    super(message);
  }

  get lumenCode(): number | null {
    return typeof this.details.lumenCode === "number" ? this.details.lumenCode : null;
  }
}

interface ErrorBody {
  code: string;
  message: string;
  details: Record<string, string | number | null>;
  fieldErrors: Record<string, string[]>;
  fieldCodes: Record<string, number>;
}

async function readPortalError(response: Response): Promise<PortalError> {
  const body = (await response.json().catch(() => null)) as { error?: Partial<ErrorBody> } | null;
  const error = body?.error;
  return new PortalError(
    error?.code ?? (response.status === 401 ? "UNAUTHENTICATED" : "INTERNAL"),
    error?.message ?? "Something went wrong on our side. Please try again.",
    error?.details ?? {},
    error?.fieldErrors ?? {},
    error?.fieldCodes ?? {},
  );
}

/** Thrown when the portal could not be reached at all: nothing is known to have happened. */
export class NetworkError extends Error {}

export async function callPortal<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: "application/json", "Content-Type": "application/json" } });
  } catch {
    throw new NetworkError("The portal could not be reached from this browser.");
  }
  if (!response.ok) throw await readPortalError(response);
  return (await response.json()) as T;
}

export const orgApi = (org: string) => `/api/orgs/${encodeURIComponent(org)}`;

export interface PlacedOrder {
  order: { id: string; status: string; voiceOrderId: string | null };
  duplicate: boolean;
}

/** POST /api/orgs/[org]/orders: one order through the portal's order engine. */
export function placeOrder(org: string, submission: OrderSubmissionInput) {
  return callPortal<PlacedOrder>(`${orgApi(org)}/orders`, { method: "POST", body: JSON.stringify(submission) });
}

/** POST /api/orgs/[org]/orders/[id]/place-again: an order that never reached Lumen, sent again once. */
export function placeOrderAgain(org: string, orderId: string) {
  return callPortal<PlacedOrder>(`${orgApi(org)}/orders/${encodeURIComponent(orderId)}/place-again`, { method: "POST" });
}

export interface CheckedOrder {
  /** Whether Lumen's answer moved the order on. */
  changed: boolean;
  order: { id: string; status: OrderStatus };
}

/** POST /api/orgs/[org]/orders/[id]/refresh: asks Lumen where the order stands and records it. */
export function checkWithLumen(org: string, orderId: string) {
  return callPortal<CheckedOrder>(`${orgApi(org)}/orders/${encodeURIComponent(orderId)}/refresh`, { method: "POST" });
}

/** "CODE · Lumen 1648" style label of an error for the badge beside its message. */
/**
 * The code to show beside a failure: Lumen's, when Lumen gave one. The portal's own error
 * codes (LUMEN_UNAVAILABLE, VALIDATION_FAILED …) are for programs reading its API, and the
 * message already says what they mean.
 */
export function errorLabel(error: PortalError | NetworkError): string | null {
  return error instanceof PortalError && error.lumenCode !== null ? `Lumen ${error.lumenCode}` : null;
}
