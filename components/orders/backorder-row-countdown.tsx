import { cache } from "react";
import { listApprovalDeadlines } from "@/lib/orders/backorder-state";
import { getPageTenant } from "@/lib/tenancy/get-page-tenant";
import { BackorderCountdown } from "./backorder-countdown";

// Every waiting row of one request shares one query for the deadlines.
const deadlinesFor = cache(async (org: string) => listApprovalDeadlines(await getPageTenant(org)));

/** The time left to answer, in an orders-list row of a reservation awaiting approval. */
export async function BackorderRowCountdown({ org, orderId }: { org: string; orderId: string }) {
  const deadline = (await deadlinesFor(org)).get(orderId);
  if (!deadline) return null;
  return <BackorderCountdown deadline={deadline.toISOString()} className="mt-0.5 text-xs text-amber-800 dark:text-amber-200" />;
}
