"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { NetworkError, type PortalError } from "@/components/wizard/portal-api";
import { lumenMessage } from "@/lib/lumen/codes";

// Why Lumen (or the portal, on Lumen's rule) did not take a cancel, supplement or port
// now: Lumen's code and its own words, then what that means and what to do instead.

const WHAT_TO_DO: Record<number, string> = {
  20048: "Nothing differs from what Lumen already has: change at least one field before sending.",
  20065: "The order has already completed at Lumen, so there is nothing left to cancel.",
  20066:
    "The FOC date is too close: Lumen takes cancels only until one business day before it. Let the port complete, then change or disconnect the numbers; or open a ticket in Lumen's service portal.",
  20108: "Lumen has already cancelled this order; nothing more is needed.",
  20109: "Lumen does not know this order as a port still in flight: it may have completed or been cancelled. Check with Lumen.",
  20238: "The numbers are already live: change them with a change order instead of cancelling.",
  1612: "Lumen cannot act on these numbers now: the FOC date or the losing carrier's concurrence is not in yet, or another order holds them.",
};

export function OrderActionRefusal({ error, action }: { error: PortalError | NetworkError; action: string }) {
  if (error instanceof NetworkError) {
    return (
      <CodedAlert tone="danger" role="alert" title={`The ${action} was not sent.`} code="NETWORK">
        <p>The portal could not be reached. Try again: the same request is never placed twice.</p>
      </CodedAlert>
    );
  }
  const code = error.lumenCode;
  if (error.code === "LUMEN_UNAVAILABLE") return <UnconfirmedAction error={error} action={action} />;
  if (code === null) {
    return (
      <CodedAlert tone="danger" role="alert" title={`The ${action} was not sent.`} code={error.code}>
        <p>{error.message}</p>
      </CodedAlert>
    );
  }
  // A refusal the portal made on Lumen's rule carries our reason; Lumen's own carries its words.
  const byPortal = error.code !== "LUMEN_REJECTED";
  return (
    <CodedAlert tone="danger" role="alert" title={byPortal ? lumenMessage(code) : error.message} code={`Lumen ${code}`}>
      {WHAT_TO_DO[code] && <p>{WHAT_TO_DO[code]}</p>}
      {byPortal && <p>Not sent to Lumen: {error.message}</p>}
    </CodedAlert>
  );
}

/**
 * Lumen was busy or its answer was lost: the portal kept the order it tried to send, and
 * its message says whether Lumen may have it. Never "not sent": it may well have arrived.
 */
function UnconfirmedAction({ error, action }: { error: PortalError; action: string }) {
  const { org } = useParams<{ org: string }>();
  const recorded = typeof error.details.orderId === "string" ? error.details.orderId : null;
  return (
    <CodedAlert tone="danger" role="alert" title={`Lumen did not confirm the ${action}.`} code={error.lumenCode !== null ? `Lumen ${error.lumenCode}` : error.code}>
      <p>{error.message}</p>
      {recorded && org && (
        <p>
          <Link href={`/${org}/orders/${recorded}`} className="font-medium underline underline-offset-4">
            Open the recorded {action}
          </Link>{" "}
          to check it with Lumen.
        </p>
      )}
    </CodedAlert>
  );
}
