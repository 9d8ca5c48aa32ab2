import type { ReactNode } from "react";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { DescriptionItem } from "@/components/ui/description-item";
import type { InstallOrderRequest } from "@/lib/lumen/schemas/install-order";
import { ENHANCED_LOCAL_SERVICE } from "@/lib/lumen/schemas/fields/product-id";

// The parts of the install and port reviews that show the same thing: the subscriber line
// both orders carry, and the requests a batch will send.

type SubscriberLine = InstallOrderRequest["subscriberLines"][number];
export type ReviewDetail = [term: string, value: ReactNode];

const E911_LABELS: Record<string, string> = { STATIC911: "Lumen static 911", CP911: "Customer-provided E911" };
const LISTING_LABELS: Record<string, string> = { "1": "List and publish", "2": "List only" };

export const NONE = <span className="text-muted-foreground">—</span>;

/** "(303) 974-0001 … (303) 974-0399": the first and last number of a request. */
export function describeNumbers(tnList: readonly unknown[]): string {
  const numbers = tnList.filter((tn): tn is string => typeof tn === "string");
  const first = numbers[0];
  const last = numbers.at(-1);
  if (!first || !last) return "";
  return first === last ? formatTn(first) : `${formatTn(first)} … ${formatTn(last)}`;
}

/** Who the subscriber is and where the service is. */
export function subscriberDetails(line: SubscriberLine): ReviewDetail[] {
  const address = line.serviceAddress;
  const name =
    line.customerType === "B"
      ? line.businessName
      : [line.firstName, line.middleInitial && `${line.middleInitial}.`, line.lastName].filter(Boolean).join(" ");
  return [
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
  ];
}

export function callerNameDetail(line: SubscriberLine): ReviewDetail {
  return ["Caller name", line.cnam ? `${line.cnam.customerName}${line.cnam.blockCustomerName === "Y" ? " (blocked)" : ""}` : NONE];
}

/** E911 and the directory listing: Enhanced Local Service only. */
export function enhancedServiceDetails(line: SubscriberLine, productID: string): ReviewDetail[] {
  if (productID !== ENHANCED_LOCAL_SERVICE) return [];
  const listing = line.directoryListing;
  return [
    ["E911", line.e911Option ? E911_LABELS[line.e911Option] : NONE],
    [
      "Directory listing",
      listing
        ? `${LISTING_LABELS[listing.directoryListingType] ?? listing.directoryListingType}: ${
            listing.directoryBusinessName ?? [listing.directoryFirstName, listing.directoryLastName].filter(Boolean).join(" ")
          }`
        : NONE,
    ],
  ];
}

export function ReviewDetails({ details }: { details: ReviewDetail[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-lg border bg-card p-4 sm:grid-cols-2">
      {details.map(([term, value]) => (
        <DescriptionItem key={term} term={term}>
          {value}
        </DescriptionItem>
      ))}
    </dl>
  );
}

/** The requests a batch sends, one row each, with how many numbers and which. */
export function ReviewRequestsTable({ requests, caption }: { requests: ReadonlyArray<{ tnList: readonly unknown[] }>; caption: string }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border bg-card">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Request</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Numbers</th>
            <th scope="col" className="px-4 py-2 font-medium">From … to</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {requests.map((request, index) => (
            <tr key={index}>
              <th scope="row" className="px-4 py-2.5 text-left font-medium">
                {index + 1} of {requests.length}
              </th>
              <td className="px-4 py-2.5 text-right tabular-nums">{request.tnList.length}</td>
              <td className="px-4 py-2.5 font-mono tabular-nums">{describeNumbers(request.tnList)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
