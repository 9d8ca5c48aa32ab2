import { formatCalendarDay } from "@/lib/dates/format-dates";
import type { ReactNode } from "react";
import { describeNumbers } from "@/components/install/install-review-step";
import { formatTn, PRODUCT_LABELS } from "@/components/orders/order-labels";
import { OrderTime } from "@/components/orders/order-time";
import { DescriptionItem } from "@/components/ui/description-item";
import { ENHANCED_LOCAL_SERVICE } from "@/lib/lumen/schemas/fields/product-id";
import { MAX_TNS_PER_PORT } from "@/lib/lumen/schemas/port-order";
import type { PortPlan } from "./port-wizard-schema";

const E911_LABELS: Record<string, string> = { STATIC911: "Lumen static 911", CP911: "Customer-provided E911" };
const LISTING_LABELS: Record<string, string> = { "1": "List and publish", "2": "List only" };

const none = <span className="text-muted-foreground">—</span>;

/** Step 6: exactly what each request will carry (the PIN only as "given"). */
export function PortReviewStep({ plan, setAsideCount }: { plan: PortPlan; setAsideCount: number }) {
  const [first] = plan.requests;
  const line = first?.subscriberLines[0];
  if (!first || !line) return null;
  const address = line.serviceAddress;
  const name =
    line.customerType === "B"
      ? line.businessName
      : [line.firstName, line.middleInitial && `${line.middleInitial}.`, line.lastName].filter(Boolean).join(" ");
  const listing = line.directoryListing;
  const details: [string, ReactNode][] = [
    ["Product", PRODUCT_LABELS[first.productID]?.long ?? first.productID],
    ["Port on", formatCalendarDay(first.customerRequestDate, { year: true })],
    [
      "Letter of authorization",
      // In the reader's time, as typed; the UTC Lumen receives is on hover.
      <>
        Signed by {first.loaName} on <OrderTime value={first.loaDateTime} mode="absolute" />, in hand
      </>,
    ],
    ["Losing carrier account", first.losingCarrierAccountNumber ?? none],
    ["PIN", first.losingCarrierPin ? "Given (not shown, not kept)" : none],
    ["Wireless", first.losingCarrierWirelessLnp === "Y" ? "Yes" : "No"],
    ["Billing telephone number", first.billingTelephoneNumber ? formatTn(first.billingTelephoneNumber) : none],
    ["Subscriber", `${name} (${line.customerType === "B" ? "business" : "residential"})`],
    [
      "Service address",
      [
        [address.streetNumber, address.streetName, address.streetSuffix].filter(Boolean).join(" "),
        address.secondaryLocation,
        `${address.city}, ${address.state} ${address.zip}`,
      ]
        .filter(Boolean)
        .join(", "),
    ],
    ["Customer service name", first.customerServiceName ?? "Account default"],
    ["Caller name", line.cnam ? `${line.cnam.customerName}${line.cnam.blockCustomerName === "Y" ? " (blocked)" : ""}` : none],
  ];
  if (first.productID === ENHANCED_LOCAL_SERVICE) {
    details.push(["E911", line.e911Option ? E911_LABELS[line.e911Option] : none]);
    details.push([
      "Directory listing",
      listing
        ? `${LISTING_LABELS[listing.directoryListingType] ?? listing.directoryListingType}: ${
            listing.directoryBusinessName ?? [listing.directoryFirstName, listing.directoryLastName].filter(Boolean).join(" ")
          }`
        : none,
    ]);
  }

  return (
    <div className="flex flex-col gap-4">
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border bg-card p-4 sm:grid-cols-2">
        {details.map(([term, value]) => (
          <DescriptionItem key={term} term={term}>
            {value}
          </DescriptionItem>
        ))}
      </dl>
      <div className="relative overflow-x-auto rounded-lg border bg-card">
        <table className="w-full text-sm">
          <caption className="sr-only">The port requests that will be sent to Lumen</caption>
          <thead className="border-b bg-muted/50 text-left text-xs text-muted-foreground">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Request</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Numbers</th>
              <th scope="col" className="px-4 py-2 font-medium">From … to</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {plan.requests.map((request, index) => (
              <tr key={index}>
                <th scope="row" className="px-4 py-2.5 text-left font-medium">
                  {index + 1} of {plan.requests.length}
                </th>
                <td className="px-4 py-2.5 text-right tabular-nums">{request.tnList.length}</td>
                <td className="px-4 py-2.5 font-mono tabular-nums">{describeNumbers(request.tnList)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-muted-foreground">
        {plan.requests.length > 1
          ? `Lumen ports at most ${MAX_TNS_PER_PORT} numbers per subscriber per request: the ${plan.porting.length} numbers go as ${plan.requests.length} requests, one after the other, tracked together as one batch.`
          : `${plan.porting.length} ${plan.porting.length === 1 ? "number goes" : "numbers go"} in one request.`}
        {setAsideCount > 0 && ` ${setAsideCount === 1 ? "One number set aside by the portability check is" : `${setAsideCount} numbers set aside by the portability check are`} not sent.`}
      </p>
    </div>
  );
}
