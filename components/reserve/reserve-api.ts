// The look-ups the reservation wizard makes at Lumen through the portal.
import { callPortal, orgApi } from "@/components/wizard/portal-api";
import type { RateCentersResponse } from "@/lib/lumen/schemas/rate-centers";
import type { RateCenterUtilizationResponse } from "@/lib/lumen/schemas/rate-center-utilization";
import type { ProductId } from "@/lib/lumen/schemas/fields/product-id";
import type { OpenBackorder } from "@/lib/orders/open-backorders-schema";

export type RateCenter = RateCentersResponse["rateCenters"][number];
export type RateCenterUtilization = RateCenterUtilizationResponse["utilization"][number];

export const RATE_CENTER_PAGE_SIZE = 50;

export function fetchRateCenters(org: string, productID: ProductId, state: string, pageNumber: number) {
  const query = new URLSearchParams({ productID, state, pageNumber: String(pageNumber), pageSize: String(RATE_CENTER_PAGE_SIZE) });
  return callPortal<RateCentersResponse>(`${orgApi(org)}/lumen/rate-centers?${query}`);
}

export function fetchUtilization(org: string, productID: ProductId, rateCenters: { rateCenter: string; state: string }[]) {
  return callPortal<RateCenterUtilizationResponse>(`${orgApi(org)}/lumen/utilization`, {
    method: "POST",
    body: JSON.stringify({ productID, rateCenters }),
  });
}

/** The organization's reservations still in backorder in these rate centers (Lumen refuses another there with 4011). */
export async function fetchOpenBackorders(org: string, rateCenters: { rateCenter: string; state: string }[]): Promise<OpenBackorder[]> {
  const answer = await callPortal<{ backorders: OpenBackorder[] }>(`${orgApi(org)}/orders/open-backorders`, {
    method: "POST",
    body: JSON.stringify({ rateCenters }),
  });
  return answer.backorders;
}
