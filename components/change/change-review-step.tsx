import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { DescriptionItem } from "@/components/ui/description-item";
import { changeFacts } from "@/lib/orders/request-in-words";
import { NumbersSummaryPanel } from "@/components/wizard/numbers-summary-panel";
import type { ChangePlan } from "./change-wizard-schema";

/** Step 3: every number and every field that will change, and what Lumen would refuse. */
export function ChangeReviewStep({ org, plan }: { org: string; plan: ChangePlan }) {
  const [request] = plan.requests;
  if (!request) return null;
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border bg-card p-4 sm:grid-cols-2">
        <DescriptionItem term="Product">{PRODUCT_LABELS[request.productID]?.long ?? request.productID}</DescriptionItem>
        {changeFacts(request).map(([term, value]) => (
          <DescriptionItem key={term} term={term}>
            {value}
          </DescriptionItem>
        ))}
      </dl>
      <NumbersSummaryPanel org={org} tns={plan.numbers} action="change" productId={request.productID} />
      <section aria-labelledby="change-review-numbers" className="flex flex-col gap-2">
        <h3 id="change-review-numbers" className="text-sm font-semibold">
          {plan.numbers.length.toLocaleString()} {plan.numbers.length === 1 ? "number" : "numbers"} to change
        </h3>
        <ul
          aria-labelledby="change-review-numbers"
          tabIndex={0}
          className="grid max-h-64 grid-cols-2 gap-x-6 gap-y-1 overflow-y-auto rounded-lg border bg-card p-4 font-mono text-sm tabular-nums sm:grid-cols-4"
        >
          {plan.numbers.map((tn) => (
            <li key={tn}>{formatTn(tn)}</li>
          ))}
        </ul>
      </section>
      <p className="text-sm text-muted-foreground">
        All of them go in one change order. Lumen confirms it (10002) a few minutes after it starts work (901); a customer service
        name that is not yours is refused then (20063).
      </p>
    </div>
  );
}
