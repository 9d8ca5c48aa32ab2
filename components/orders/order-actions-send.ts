"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { NetworkError, PortalError, placeOrder } from "@/components/wizard/portal-api";
import type { OrderSubmissionInput } from "@/lib/orders/order-submission-schema";

/**
 * Places an order acting on the page's order (cancel, supplement, port now). Placing it
 * also asks Lumen where the page's order stands (submit-order.ts), so the page, refreshed,
 * shows its status as soon as Lumen says so.
 */
export function useActingOrder(org: string) {
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<PortalError | NetworkError | null>(null);

  async function send(submission: OrderSubmissionInput): Promise<boolean> {
    if (sending) return false;
    setSending(true);
    setError(null);
    try {
      await placeOrder(org, submission);
      startRefresh(() => router.refresh());
      return true;
    } catch (caught) {
      const known = caught instanceof PortalError || caught instanceof NetworkError ? caught : new NetworkError(String(caught));
      setError(known);
      // Lumen's refusal is recorded as an order too: show it among the follow-up orders.
      if (known instanceof PortalError && known.code === "LUMEN_REJECTED") startRefresh(() => router.refresh());
      return false;
    } finally {
      setSending(false);
    }
  }

  return { send, sending: sending || refreshing, error, clearError: () => setError(null) };
}
