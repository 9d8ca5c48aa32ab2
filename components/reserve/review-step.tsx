import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import type { ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { toRequestLine, type ReservationLineValues } from "./reserve-wizard-schema";

const dash = <span className="text-muted-foreground">—</span>;

/** Step 5: exactly what each order will carry, one order per rate center. */
export function ReviewStep({ productID, lines }: { productID: ProductId; lines: ReservationLineValues[] }) {
  const requests = lines.map(toRequestLine);
  const total = requests.reduce((sum, line) => sum + (typeof line.quantity === "number" ? line.quantity : 0), 0);

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground">
        {PRODUCT_LABELS[productID]?.long ?? productID} ·{" "}
        {lines.length === 1 ? "1 order." : `${lines.length} orders, one per rate center, sent one after the other.`}
      </p>
      <div className="relative overflow-x-auto rounded-lg border bg-card">
        <table className="w-full text-sm">
          <caption className="sr-only">What will be sent to Lumen</caption>
          <thead className="border-b bg-muted/50 text-left text-xs text-muted-foreground">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Rate center</th>
              <th scope="col" className="px-4 py-2 text-right font-medium">Quantity</th>
              <th scope="col" className="px-4 py-2 font-medium">Sequential</th>
              <th scope="col" className="px-4 py-2 font-medium">PBX restriction</th>
              <th scope="col" className="px-4 py-2 font-medium">Location preference</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {requests.map((line) => (
              <tr key={`${line.state}-${line.rateCenter}`}>
                <th scope="row" className="px-4 py-2.5 text-left font-medium">
                  {line.rateCenter}, {line.state}
                </th>
                <td className="px-4 py-2.5 text-right tabular-nums">{String(line.quantity)}</td>
                <td className="px-4 py-2.5">{line.sequentialIndicator === "Y" ? "Yes" : "No"}</td>
                <td className="px-4 py-2.5">
                  {line.pbxIndex ? `No ${line.pbxValue} at position ${line.pbxIndex}` : dash}
                </td>
                <td className="px-4 py-2.5">
                  {line.tnList
                    ? `Like ${line.tnList.join(", ")}`
                    : line.tnLocNpa
                      ? `NPA ${line.tnLocNpa}${line.tnLocNxx ? `, NXX ${line.tnLocNxx}` : ""}`
                      : dash}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t bg-muted/30">
            <tr>
              <th scope="row" className="px-4 py-2.5 text-left font-semibold">
                Total
              </th>
              <td className="px-4 py-2.5 text-right font-semibold tabular-nums">{total.toLocaleString()}</td>
              <td colSpan={3} className="px-4 py-2.5 text-xs text-muted-foreground">
                numbers across {lines.length} {lines.length === 1 ? "rate center" : "rate centers"}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
