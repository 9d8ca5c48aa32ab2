import type { ReactNode } from "react";
import { describeNumbers } from "@/components/wizard/order-review";
import { OrderResults } from "./order-results";
import type { PlacedOrder } from "./portal-api";
import type { OrderResult } from "./use-order-batch";

interface RequestResultsProps {
  org: string;
  /** Names the list for assistive technology, e.g. "Install results". */
  label: string;
  /** The numbers of each request, in the order of `results`. */
  tnLists: readonly (readonly unknown[])[];
  /** Lumen's limit of numbers per request, said while a batch of several is on its way. */
  maxPerRequest: number;
  /** What happens next, once at least one request is placed. */
  placedNote: ReactNode;
  results: OrderResult[];
  pending: boolean;
  onRetry: (indexes: number[]) => void;
  onPlacedAgain: (orderId: string, placed: PlacedOrder["order"]) => void;
}

/** What happened to each request of a batch split by Lumen's limit, as it happens. */
export function RequestResults({ org, label, tnLists, maxPerRequest, placedNote, results, pending, onRetry, onPlacedAgain }: RequestResultsProps) {
  const placed = results.some((result) => result.state === "placed");
  return (
    <div className="flex flex-col gap-3">
      <OrderResults
        org={org}
        label={label}
        names={tnLists.map(
          (tnList, index) => `Request ${index + 1} of ${tnLists.length}: ${tnList.length} ${tnList.length === 1 ? "number" : "numbers"}, ${describeNumbers(tnList)}`,
        )}
        sendingMessage={`Sending ${tnLists.length} requests of at most ${maxPerRequest} numbers, one after the other…`}
        results={results}
        pending={pending}
        onRetry={onRetry}
        onPlacedAgain={onPlacedAgain}
      />
      {placed && <p className="text-sm text-muted-foreground">{placedNote}</p>}
    </div>
  );
}
