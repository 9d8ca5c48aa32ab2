import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { backorderChoiceOf } from "@/lib/orders/backorder-decisions";
import type { BackorderState } from "@/lib/orders/backorder-state";
import { OrderTime } from "./order-time";

/**
 * How a backorder went: the answers sent, each code Lumen sent about it in plain words
 * beside Lumen's own message, and how many numbers a reservation filled only in part got.
 */
export function BackorderOutcomes({ org, state }: { org: string; state: BackorderState }) {
  const partly = state.status === "completed" && state.asked !== null && state.reserved > 0 && state.reserved < state.asked;
  if (!partly && state.outcomes.length === 0 && state.approvals.length === 0) return null;
  return (
    <Card aria-labelledby="backorder-outcomes-title">
      <CardHeader>
        <CardTitle id="backorder-outcomes-title">Backorder</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        {partly && (
          <p className="font-medium">
            Partly filled: Lumen reserved {state.reserved} of the {state.asked} numbers asked for.
          </p>
        )}
        {state.approvals.length > 0 && (
          <div className="flex flex-col gap-1">
            <h3 className="font-medium">Answers sent</h3>
            <ul className="flex flex-col gap-1">
              {state.approvals.map((approval) => (
                <li key={approval.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/${org}/orders/${approval.id}`} className="text-primary underline-offset-4 hover:underline">
                    {backorderChoiceOf(approval.decision)?.title ?? "Approval"}
                  </Link>
                  <span>{answerState(approval)}</span>
                  <span className="text-muted-foreground">
                    <OrderTime value={approval.createdAt.toISOString()} />
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.outcomes.length > 0 && (
          <ul aria-label="What Lumen said about the backorder" className="flex flex-col gap-3">
            {state.outcomes.map((outcome) => (
              <li key={outcome.code} className="flex flex-col gap-1">
                <p className="font-medium">
                  <span className="mr-2 rounded border px-1.5 py-0.5 font-mono text-xs">Lumen code {outcome.code}</span>
                  {outcome.summary}
                </p>
                <p className="text-muted-foreground">
                  <span className="sr-only">Lumen&apos;s message: </span>&ldquo;{outcome.lumenMessage}&rdquo;
                </p>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * Where an answer stands. Lumen's acceptance is all an answer needs; the reservation's
 * own status says how the backorder goes on from there.
 */
function answerState(approval: BackorderState["approvals"][number]): string {
  switch (approval.status) {
    case "rejected":
      return approval.lumenCode !== null ? `refused by Lumen (code ${approval.lumenCode})` : "refused by Lumen";
    case "failed":
      return "not sent";
    case "submitting":
    case "unconfirmed":
      return "sent, not yet confirmed by Lumen";
    default:
      return "accepted by Lumen";
  }
}
