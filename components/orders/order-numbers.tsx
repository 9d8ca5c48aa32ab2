import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { TelephoneNumberStatus } from "@/lib/db/generated/enums";
import type { OrderDetail } from "@/lib/orders/get-order-or-throw";
import { CopyButton } from "./copy-button";
import { formatTn } from "@/lib/lumen/telephone-numbers";

const NUMBER_STATUS: Record<TelephoneNumberStatus, { label: string; tone: BadgeTone }> = {
  reserved: { label: "Reserved", tone: "info" },
  pending: { label: "Pending", tone: "warning" },
  active: { label: "Active", tone: "success" },
  disconnected: { label: "Disconnected", tone: "neutral" },
  not_ported: { label: "Not ported in", tone: "neutral" },
};

/**
 * The telephone numbers the order touched, with where each one stands now (each links to
 * its number's page, with its timeline across orders). An order Lumen
 * has not taken (refused, not sent, or not confirmed yet) touched none: it lists the
 * numbers it asked for instead, and says why their state is not its doing.
 */
export function OrderNumbers({ org, order }: { org: string; order: Pick<OrderDetail, "numbers" | "requestedTns" | "type" | "status"> }) {
  const { numbers, requestedTns } = order;
  if (numbers.length === 0 && requestedTns.length > 0) return <RequestedNumbers order={order} />;
  return (
    <Card aria-labelledby="order-numbers-title">
      <CardHeader>
        <div className="flex items-center justify-between gap-2">
          <CardTitle id="order-numbers-title">
            Telephone numbers <span className="font-normal text-muted-foreground">({numbers.length})</span>
          </CardTitle>
          <CopyAllNumbers tns={numbers.map(({ telephoneNumber }) => telephoneNumber.tn)} />
        </div>
        <CardDescription>The numbers this order touched and their state in your inventory now.</CardDescription>
      </CardHeader>
      <CardContent className="p-0">
        {numbers.length === 0 ? (
          <p className="px-5 py-4 text-sm text-muted-foreground">
            {order.type === "reserve"
              ? "No numbers yet. A reservation lists its numbers once Lumen completes it."
              : "This order names no numbers of its own: see the order it acts on."}
          </p>
        ) : (
          <div className="max-h-96 overflow-y-auto">
            <table aria-label="Telephone numbers" className="w-full text-sm">
              <thead className="sticky top-0 border-b bg-card">
                <tr>
                  <th scope="col" className="px-5 py-2 text-left text-xs font-medium text-muted-foreground">Number</th>
                  <th scope="col" className="px-3 py-2 text-left text-xs font-medium text-muted-foreground">Rate center</th>
                  <th scope="col" className="px-5 py-2 text-left text-xs font-medium text-muted-foreground">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {numbers.map(({ telephoneNumber: n }) => {
                  const status = NUMBER_STATUS[n.status];
                  return (
                    <tr key={n.tn}>
                      <td className="px-5 py-1.5">
                        <span className="inline-flex items-center gap-1 font-mono tabular-nums">
                          <Link href={`/${org}/numbers/${n.tn}`} className="text-primary underline-offset-4 hover:underline">
                            {formatTn(n.tn)}
                          </Link>
                          <CopyButton value={n.tn} label={`number ${formatTn(n.tn)}`} />
                        </span>
                      </td>
                      <td className="px-3 py-1.5">
                        {n.rateCenter ? `${n.rateCenter}${n.state ? `, ${n.state}` : ""}` : <span className="text-muted-foreground">—</span>}
                      </td>
                      <td className="px-5 py-1.5">
                        <Badge tone={status.tone}>{status.label}</Badge>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

const NOT_TAKEN: Partial<Record<OrderDetail["status"], string>> = {
  rejected: "Lumen refused this order, so it changed none of these numbers.",
  failed: "This order was not placed, so it changed none of these numbers.",
  submitting: "The numbers this order asks for. They show their state here once Lumen takes the order.",
  unconfirmed: "The numbers this order asks for. Lumen has not confirmed it has the order: use Check with Lumen.",
};

function RequestedNumbers({ order }: { order: Pick<OrderDetail, "requestedTns" | "status"> }) {
  return (
    <Card aria-labelledby="order-numbers-title">
      <CardHeader>
        <div className="flex items-center justify-between gap-2">
          <CardTitle id="order-numbers-title">
            Numbers asked for <span className="font-normal text-muted-foreground">({order.requestedTns.length})</span>
          </CardTitle>
          <CopyAllNumbers tns={order.requestedTns} />
        </div>
        <CardDescription>{NOT_TAKEN[order.status] ?? "The numbers this order asked for."}</CardDescription>
      </CardHeader>
      <CardContent className="p-0">
        <ul aria-label="Numbers asked for" className="max-h-96 divide-y overflow-y-auto text-sm">
          {order.requestedTns.map((tn) => (
            <li key={tn} className="px-5 py-1.5">
              <span className="inline-flex items-center gap-1 font-mono tabular-nums">
                {formatTn(tn)}
                <CopyButton value={tn} label={`number ${formatTn(tn)}`} />
              </span>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

/** Every number of the list at once, one per line, as the wizards' number fields take them. */
function CopyAllNumbers({ tns }: { tns: string[] }) {
  if (tns.length < 2) return null;
  return <CopyButton value={tns.join("\n")} label={`${tns.length} numbers`} />;
}
