import type { ReactNode } from "react";
import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { DescriptionItem } from "@/components/ui/description-item";
import type { ChangeOrderRequest } from "@/lib/lumen/schemas/change-order";
import type { ChangePlan } from "./change-wizard-schema";

const E911_LABELS: Record<string, string> = { STATIC911: "Lumen static 911", CP911: "Customer-provided E911" };
const LISTING_LABELS: Record<string, string> = { "1": "List and publish", "2": "List only" };
const TYPE_LABELS: Record<string, string> = { B: "business", R: "residential" };

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(" ");

/** Every field the request changes, in words: what Lumen will hold once it completes. */
export function describeChanges(request: ChangeOrderRequest): [string, ReactNode][] {
  const changes: [string, ReactNode][] = [];
  const name = joined(request.businessName, request.firstName, request.middleInitial && `${request.middleInitial}.`, request.lastName);
  if (request.customerType !== undefined || name) {
    changes.push(["Subscriber", joined(name, request.customerType && `(${TYPE_LABELS[request.customerType] ?? request.customerType})`)]);
  }
  const address = request.serviceAddress;
  if (address) {
    changes.push([
      "Service address",
      [joined(address.streetNumber, address.streetName, address.streetSuffix), address.secondaryLocation, `${address.city}, ${address.state} ${address.zip}`]
        .filter(Boolean)
        .join(", "),
    ]);
  }
  if (request.cnam) changes.push(["Caller name", `${request.cnam.customerName}${request.cnam.blockCustomerName === "Y" ? " (blocked)" : ""}`]);
  if (request.e911Option) changes.push(["E911", E911_LABELS[request.e911Option] ?? request.e911Option]);
  const listing = request.directoryListing;
  if (listing) {
    const listed = joined(listing.directoryBusinessName, listing.directoryFirstName, listing.directoryLastName);
    const type = listing.directoryListingType ? LISTING_LABELS[listing.directoryListingType] : "type unchanged";
    changes.push(["Directory listing", `${listed} (${type})`]);
  }
  if (request.customerServiceName) changes.push(["Customer service name", request.customerServiceName]);
  return changes;
}

/** Step 3: every number and every field that will change. */
export function ChangeReviewStep({ plan }: { plan: ChangePlan }) {
  const [request] = plan.requests;
  if (!request) return null;
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border bg-card p-4 sm:grid-cols-2">
        <DescriptionItem term="Product">{PRODUCT_LABELS[request.productID]?.long ?? request.productID}</DescriptionItem>
        {describeChanges(request).map(([term, value]) => (
          <DescriptionItem key={term} term={term}>
            {value}
          </DescriptionItem>
        ))}
      </dl>
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
