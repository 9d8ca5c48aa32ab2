import { OrderResults } from "@/components/wizard/order-results";
import type { PlacedOrder } from "@/components/wizard/portal-api";
import type { OrderResult } from "@/components/wizard/use-order-batch";
import type { ReservationLineValues } from "./reserve-wizard-schema";

interface ReservationResultsProps {
  org: string;
  lines: ReservationLineValues[];
  results: OrderResult[];
  pending: boolean;
  onRetry: (indexes: number[]) => void;
  onPlacedAgain: (orderId: string, placed: PlacedOrder["order"]) => void;
}

/** What happened to each rate center's order, as it happens. */
export function ReservationResults({ org, lines, results, pending, onRetry, onPlacedAgain }: ReservationResultsProps) {
  return (
    <OrderResults
      org={org}
      label="Reservation results"
      names={results.map((_, index) => {
        const line = lines[index];
        return line ? `${line.rateCenter}, ${line.state}` : `Rate center ${index + 1}`;
      })}
      sendingMessage={`Sending ${results.length} orders, one per rate center…`}
      results={results}
      pending={pending}
      onRetry={onRetry}
      onPlacedAgain={onPlacedAgain}
    />
  );
}
