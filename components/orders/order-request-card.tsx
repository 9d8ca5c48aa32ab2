import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import type { RequestFact } from "@/lib/orders/request-in-words";

interface OrderRequestCardProps {
  /** From orderRequestFacts: nothing is shown when there are none. */
  facts: RequestFact[];
  isPort: boolean;
}

/** "What was asked": the order's request in the words its wizard's review used, so nobody has to read the JSON. */
export function OrderRequestCard({ facts, isPort }: OrderRequestCardProps) {
  if (!facts.length) return null;
  return (
    <Card aria-labelledby="order-request-title">
      <CardHeader>
        <CardTitle id="order-request-title">What was asked</CardTitle>
        <CardDescription>
          {isPort
            ? "What the port was sent with besides its versions below: the letter of authorization, the losing carrier and the features."
            : "The request as it was sent to Lumen, in words. “Request as sent” below has it whole."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
          {facts.map(([term, value], index) => (
            <DescriptionItem key={`${index}-${term}`} term={term}>
              {value ?? <span className="text-muted-foreground">—</span>}
            </DescriptionItem>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
