import type { BackorderState } from "@/lib/orders/backorder-state";
import { BackorderOutcomes } from "./backorder-outcomes";
import { BackorderPanel } from "./backorder-panel";

const SETTLED = new Set(["rejected", "failed"]);

/** The backorder part of a reservation's page: the open offer to answer, then how it went. */
export function BackorderSection({ org, state, canDecide }: { org: string; state: BackorderState; canDecide: boolean }) {
  // An answer Lumen has not refused closes the offer, even if a status check still reports it open.
  const sent = state.approvals.findLast((approval) => !SETTLED.has(approval.status));
  return (
    <>
      {state.status === "awaiting_approval" && (
        <BackorderPanel
          org={org}
          orderId={state.orderId}
          asked={state.asked}
          available={state.available}
          deadline={state.deadline?.toISOString() ?? null}
          canDecide={canDecide}
          sentDecision={sent?.decision ?? null}
        />
      )}
      <BackorderOutcomes org={org} state={state} />
    </>
  );
}
