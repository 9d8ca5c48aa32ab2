"use client";

import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { checkWithLumen, NetworkError, PortalError } from "@/components/wizard/portal-api";
import { ORDER_STATUS_INFO } from "./order-labels";

interface CheckWithLumenButtonProps {
  org: string;
  orderId: string;
}

// Asks Lumen where the order stands (for an unconfirmed order, whether it arrived at all),
// then re-renders the page with what the server recorded.
export function CheckWithLumenButton({ org, orderId }: CheckWithLumenButtonProps) {
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const pending = sending || refreshing;

  async function check() {
    if (pending) return;
    setSending(true);
    try {
      const { changed, order } = await checkWithLumen(org, orderId);
      const label = ORDER_STATUS_INFO[order.status]?.label;
      if (changed) toast.success(label ? `Updated from Lumen: the order is now ${label.toLowerCase()}.` : "Updated from Lumen.");
      else toast.info(label ? `No change: Lumen still has the order as ${label.toLowerCase()}.` : "No change at Lumen.");
      startRefresh(() => router.refresh());
    } catch (error) {
      if (error instanceof PortalError) showError(error);
      else if (error instanceof NetworkError) toast.error("Could not reach the portal. Check your connection and try again.");
      else throw error;
    } finally {
      setSending(false);
    }
  }

  return (
    <Button type="button" variant="outline" onClick={check} busy={pending}>
      <RefreshCw aria-hidden className={pending ? "animate-spin" : undefined} />
      Check with Lumen
    </Button>
  );
}

function showError(error: PortalError) {
  const lumenCode = error.lumenCode;
  switch (error.code) {
    case "LUMEN_UNAVAILABLE":
      toast.error("Lumen did not answer; nothing changed. Try again in a moment.", { description: "LUMEN_UNAVAILABLE" });
      return;
    case "LUMEN_REJECTED":
      toast.error(`Lumen refused the status check${lumenCode ? ` (code ${lumenCode})` : ""}.`, {
        description: error.message,
      });
      return;
    case "LUMEN_NOT_CONFIGURED":
      toast.error("This organization has no Lumen credentials yet. An admin can add them in Settings.", {
        description: "LUMEN_NOT_CONFIGURED",
      });
      return;
    case "NOT_FOUND":
      toast.error("This order is no longer available to you.", { description: "NOT_FOUND" });
      return;
    case "UNAUTHENTICATED":
      toast.error("Your session has ended. Sign in again to check this order.", { description: "UNAUTHENTICATED" });
      return;
    default:
      toast.error(error.message, { description: error.code });
  }
}
