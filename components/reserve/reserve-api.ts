// The portal endpoints the reservation wizard calls, as the browser sees them. Failures
// arrive as the portal's error body and are thrown as `PortalError`, so views branch on the
// code (and Lumen's code in details), never on message text.
import type { RateCentersResponse } from "@/lib/lumen/schemas/rate-centers";
import type { RateCenterUtilizationResponse } from "@/lib/lumen/schemas/rate-center-utilization";
import type { ProductId } from "@/lib/lumen/schemas/fields/product-id";
import type { OrderInventoryRequest } from "@/lib/lumen/schemas/order-inventory";

export type RateCenter = RateCentersResponse["rateCenters"][number];
export type RateCenterUtilization = RateCenterUtilizationResponse["utilization"][number];

export const RATE_CENTER_PAGE_SIZE = 50;

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

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: "application/json", "Content-Type": "application/json" } });
  } catch {
    throw new NetworkError("The portal could not be reached from this browser.");
  }
  if (!response.ok) throw await readPortalError(response);
  return (await response.json()) as T;
}

const base = (org: string) => `/api/orgs/${encodeURIComponent(org)}`;

export function fetchRateCenters(org: string, productID: ProductId, state: string, pageNumber: number) {
  const query = new URLSearchParams({ productID, state, pageNumber: String(pageNumber), pageSize: String(RATE_CENTER_PAGE_SIZE) });
  return call<RateCentersResponse>(`${base(org)}/lumen/rate-centers?${query}`);
}

export function fetchUtilization(org: string, productID: ProductId, rateCenters: { rateCenter: string; state: string }[]) {
  return call<RateCenterUtilizationResponse>(`${base(org)}/lumen/utilization`, {
    method: "POST",
    body: JSON.stringify({ productID, rateCenters }),
  });
}

export interface PlacedOrder {
  order: { id: string; status: string; voiceOrderId: string | null };
  duplicate: boolean;
}

export function placeReservation(
  org: string,
  submission: { idempotencyKey: string; batchKey: string; request: OrderInventoryRequest },
) {
  return call<PlacedOrder>(`${base(org)}/orders`, {
    method: "POST",
    body: JSON.stringify({ type: "reserve", ...submission }),
  });
}

/** "CODE · Lumen 1648" style label of an error for the badge beside its message. */
export function errorLabel(error: PortalError | NetworkError): string {
  if (error instanceof NetworkError) return "NETWORK";
  return error.lumenCode !== null ? `${error.code} · Lumen ${error.lumenCode}` : error.code;
}
