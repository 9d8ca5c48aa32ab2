import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { detailsOf, ReviewDetails, ReviewRequestsTable, type ReviewDetail } from "@/components/wizard/order-review";
import { installFacts } from "@/lib/orders/request-in-words";
import { MAX_TNS_PER_INSTALL } from "@/lib/lumen/schemas/install-order";
import type { InstallPlan } from "./install-wizard-schema";

/** Step 5: exactly what each request will carry. */
export function InstallReviewStep({ plan }: { plan: InstallPlan }) {
  const [first] = plan.requests;
  const line = first?.subscriberLines[0];
  if (!first || !line) return null;
  const details: ReviewDetail[] = [
    ["Product", PRODUCT_LABELS[first.productID]?.long ?? first.productID],
    ...detailsOf(installFacts(first)),
  ];

  return (
    <div className="flex flex-col gap-4">
      <ReviewDetails details={details} />
      <ReviewRequestsTable requests={plan.requests} caption="The requests that will be sent to Lumen" />
      {plan.requests.length > 1 && (
        <p className="text-sm text-muted-foreground">
          Lumen takes at most {MAX_TNS_PER_INSTALL} numbers per subscriber per request: the {plan.numbers.length.toLocaleString()} numbers go as{" "}
          {plan.requests.length} requests, one after the other, tracked together as one batch.
        </p>
      )}
    </div>
  );
}
