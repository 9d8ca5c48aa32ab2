import type { ReactNode } from "react";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { DescriptionItem } from "@/components/ui/description-item";
import type { RequestFact } from "@/lib/orders/request-in-words";

// The parts of the wizards' reviews that show the same thing: facts in words (the same
// words an order's page uses once the order is placed), and the requests a batch will send.

export type ReviewDetail = [term: string, value: ReactNode];

export const NONE = <span className="text-muted-foreground">—</span>;

/** "(303) 974-0001 … (303) 974-0399": the first and last number of a request. */
export function describeNumbers(tnList: readonly unknown[]): string {
  const numbers = tnList.filter((tn): tn is string => typeof tn === "string");
  const first = numbers[0];
  const last = numbers.at(-1);
  if (!first || !last) return "";
  return first === last ? formatTn(first) : `${formatTn(first)} … ${formatTn(last)}`;
}

/** Facts in words (lib/orders/request-in-words.ts) as review details: a fact not given shows a dash. */
export function detailsOf(facts: readonly RequestFact[]): ReviewDetail[] {
  return facts.map(([term, value]) => [term, value ?? NONE]);
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
