import { formatCalendarDay } from "@/lib/dates/format-dates";
import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { OrderTime } from "@/components/orders/order-time";
import { detailsOf, NONE, ReviewDetails, ReviewRequestsTable, type ReviewDetail } from "@/components/wizard/order-review";
import { customerServiceNameFact, subscriberLineFacts } from "@/lib/orders/request-in-words";
import { MAX_TNS_PER_PORT } from "@/lib/lumen/schemas/port-order";
import type { PortPlan } from "./port-wizard-schema";

/** Step 6: exactly what each request will carry (the PIN only as "given"). */
export function PortReviewStep({ plan, setAsideCount }: { plan: PortPlan; setAsideCount: number }) {
  const [first] = plan.requests;
  const line = first?.subscriberLines[0];
  if (!first || !line) return null;
  const details: ReviewDetail[] = [
    ["Product", PRODUCT_LABELS[first.productID]?.long ?? first.productID],
    ["Port on", formatCalendarDay(first.customerRequestDate, { year: true })],
    [
      "Letter of authorization",
      // In the reader's time, as typed; the UTC Lumen receives is on hover.
      <>
        Signed by {first.loaName} on <OrderTime value={first.loaDateTime} mode="absolute" />, in hand
      </>,
    ],
    ["Losing carrier account", first.losingCarrierAccountNumber ?? NONE],
    ["PIN", first.losingCarrierPin ? "Given (not shown, not kept)" : NONE],
    ["Wireless", first.losingCarrierWirelessLnp === "Y" ? "Yes" : "No"],
    ["Billing telephone number", first.billingTelephoneNumber ? formatTn(first.billingTelephoneNumber) : NONE],
    ...detailsOf([...subscriberLineFacts(line, first.productID), customerServiceNameFact(first)]),
  ];

  return (
    <div className="flex flex-col gap-4">
      <ReviewDetails details={details} />
      <ReviewRequestsTable requests={plan.requests} caption="The port requests that will be sent to Lumen" />
      <p className="text-sm text-muted-foreground">
        {plan.requests.length > 1
          ? `Lumen ports at most ${MAX_TNS_PER_PORT} numbers per subscriber per request: the ${plan.porting.length} numbers go as ${plan.requests.length} requests, one after the other, tracked together as one batch.`
          : `${plan.porting.length} ${plan.porting.length === 1 ? "number goes" : "numbers go"} in one request.`}
        {setAsideCount > 0 && ` ${setAsideCount === 1 ? "One number set aside by the portability check is" : `${setAsideCount} numbers set aside by the portability check are`} not sent.`}
      </p>
    </div>
  );
}
