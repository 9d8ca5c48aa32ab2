import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { UtilizationGauge } from "@/components/reserve/utilization-gauge";
import type { RateCenterUsage } from "@/lib/numbers/list-reserved-numbers";

/** Lumen's utilization for the rate centers on this page, with the reserve wizard's gauge. */
export function RateCenterUsageCard({ usage }: { usage: RateCenterUsage[] }) {
  const assumed = usage.some((u) => u.productAssumed);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Utilization in these rate centers</CardTitle>
        <CardDescription>
          Lumen reserves more numbers in a rate center only once 75 % of those its customer account holds there (all of the
          partner&apos;s, resellers&apos; included) are active.
          {assumed && " In a rate center where the portal knows none of the numbers' product, Local Inbound (2036) is assumed."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5 sm:grid-cols-2">
        {usage.map((u) => {
          const label = `${u.rateCenter}, ${u.state}`;
          const product = PRODUCT_LABELS[u.productId];
          return (
            <div key={`${u.productId}-${u.rateCenter}-${u.state}`} className="flex flex-col gap-2">
              <div className="flex items-baseline justify-between gap-2">
                <span className="text-sm font-medium">
                  {label}{" "}
                  <span className="font-normal text-muted-foreground">
                    · {product?.long ?? u.productId}
                    {u.productAssumed && " (assumed)"}
                  </span>
                </span>
                <span className="text-sm font-medium tabular-nums">{u.utilizationPercent} % in use</span>
              </div>
              <UtilizationGauge utilization={u} label={label} />
            </div>
          );
        })}
      </CardContent>
    </Card>
  );
}
