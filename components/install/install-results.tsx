import { OrderResults } from "@/components/wizard/order-results";
import type { OrderResult } from "@/components/wizard/use-order-batch";
import type { InstallOrderRequest } from "@/lib/lumen/schemas/install-order";
import { describeNumbers } from "./install-review-step";

interface InstallResultsProps {
  org: string;
  requests: InstallOrderRequest[];
  results: OrderResult[];
  pending: boolean;
  onRetry: (indexes: number[]) => void;
}

/** What happened to each install request, as it happens; the numbers turn active later. */
export function InstallResults({ org, requests, results, pending, onRetry }: InstallResultsProps) {
  const placed = results.some((result) => result.state === "placed");
  return (
    <div className="flex flex-col gap-3">
      <OrderResults
        org={org}
        label="Install results"
        names={requests.map(
          (request, index) => `Request ${index + 1} of ${requests.length}: ${request.tnList.length} ${request.tnList.length === 1 ? "number" : "numbers"}, ${describeNumbers(request.tnList)}`,
        )}
        sendingMessage={`Sending ${requests.length} requests of at most 399 numbers, one after the other…`}
        results={results}
        pending={pending}
        onRetry={onRetry}
      />
      {placed && (
        <p className="text-sm text-muted-foreground">
          The numbers turn active when Lumen confirms the install (notification 902). Each order&apos;s page follows it and shows
          every number&apos;s state.
        </p>
      )}
    </div>
  );
}
