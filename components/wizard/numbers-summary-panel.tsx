import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import Link from "next/link";
import { ORDER_TYPE_LABELS, PRODUCT_LABELS } from "@/components/orders/order-labels";
import { NUMBER_IN_FLIGHT_CODE } from "@/lib/numbers/numbers-in-flight-schema";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { Skeleton } from "@/components/ui/skeleton";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { callPortal, orgApi } from "@/components/wizard/portal-api";
import { QueryErrorAlert } from "@/components/wizard/query-error-alert";
import type { NumbersSummary } from "@/lib/numbers/numbers-summary";

const unknownWord = <span className="text-muted-foreground">not known</span>;

function fetchSummary(org: string, tns: string[]) {
  return callPortal<NumbersSummary>(`${orgApi(org)}/numbers/summary`, { method: "POST", body: JSON.stringify({ tns }) });
}

/** What the numbers are about to go through: the words and Lumen's codes differ, the look-up does not. */
export type NumbersAction = "disconnect" | "change";

const ACTION_WORDS: Record<NumbersAction, { past: string; caption: string; doesOnlyActive: string; notActiveCode: string; notHeldCode: string }> = {
  disconnect: {
    past: "disconnected",
    caption: "Numbers to disconnect by product, rate center and customer service name",
    doesOnlyActive: "Lumen disconnects only active numbers",
    notActiveCode: "20061",
    // Held for someone else (20041) or for nobody (20016): the portal reads only this customer's numbers.
    notHeldCode: "20041 or 20016",
  },
  change: {
    past: "changed",
    caption: "Numbers to change by product, rate center and customer service name",
    doesOnlyActive: "Lumen changes only active numbers",
    notActiveCode: "1616",
    notHeldCode: "20041 or 20042",
  },
};

/** What to do about `count` marked numbers of `total` (no full stop): with others left, go on with those. */
const takeOut = (count: number, total: number) =>
  `Take ${count === 1 ? "it" : "them"} out of the list${count < total ? " to go on with the rest" : ""}`;

const shown = (tns: string[]) => tns.slice(0, 10).map(formatTn).join(", ") + (tns.length > 10 ? ` and ${tns.length - 10} more` : "");

/** The review's look-up of the numbers, shared by the panel and the wizard's send (one request). */
export function useNumbersSummary(org: string, tns: string[], enabled = true) {
  return useQuery({ queryKey: ["numbers", org, "summary", tns], queryFn: () => fetchSummary(org, tns), staleTime: 30_000, enabled });
}

/** Numbers Lumen would refuse, so that nothing is sent while they are in the list. */
export function refusedBySummary(summary: NumbersSummary | undefined): string[] {
  return summary ? [...summary.notActive.map((n) => n.tn), ...summary.notHeld, ...summary.notInSlice, ...summary.inFlight.map((n) => n.tn)] : [];
}

const STILL_CHECKING = "Not sent yet: the numbers are still being checked with Lumen. Send once the check above is done.";

/**
 * Why the review's send must wait, or null when it may go: while the look-up runs nothing
 * is known of the numbers, and while it marks numbers Lumen would refuse the whole order.
 * A look-up that failed holds nothing back: the panel says so, and Lumen checks the numbers
 * when the order arrives.
 */
export function reviewHold(summary: Pick<UseQueryResult<NumbersSummary>, "data" | "isPending">): string | null {
  if (summary.isPending) return STILL_CHECKING;
  const refused = refusedBySummary(summary.data);
  if (refused.length === 0) return null;
  const which = refused.length === 1 ? "one number" : `${refused.length.toLocaleString()} numbers`;
  return `Not sent: the whole order would be refused for ${which} marked above. Go back to the numbers and take ${refused.length === 1 ? "it" : "them"} out.`;
}

/**
 * The numbers about to be disconnected or changed, as far as the portal's records and Lumen
 * know them. `productId`, for a change: the product the person said the numbers are on, so
 * that numbers recorded on the other one stand out.
 */
export function NumbersSummaryPanel({ org, tns, action, productId }: { org: string; tns: string[]; action: NumbersAction; productId?: string }) {
  const summary = useNumbersSummary(org, tns);
  const words = ACTION_WORDS[action];

  if (summary.isError) {
    return <QueryErrorAlert title="The numbers could not be looked up" error={summary.error} onRetry={() => void summary.refetch()} />;
  }
  if (!summary.data) {
    return (
      <div className="flex flex-col gap-3">
        <p role="status" className="text-sm font-medium">
          Checking the {tns.length === 1 ? "number" : `${tns.length.toLocaleString()} numbers`} with Lumen…
        </p>
        <Skeleton className="h-32 w-full" />
      </div>
    );
  }
  const { total, groups, notActive, notHeld, notInSlice, inFlight, unknown, unknownReason } = summary.data;
  const refused = refusedBySummary(summary.data);
  const otherProduct = productId ? groups.filter((group) => group.productId && group.productId !== productId).reduce((sum, group) => sum + group.count, 0) : 0;

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm font-medium">
        {refused.length === 0
          ? `${total.toLocaleString()} ${total === 1 ? "number" : "numbers"} will be ${words.past}.`
          : `${total.toLocaleString()} ${total === 1 ? "number" : "numbers"} listed. Nothing is sent while ${refused.length === 1 ? "the one" : `the ${refused.length.toLocaleString()}`} marked below ${refused.length === 1 ? "is" : "are"} in the list.`}
      </p>
      {groups.length > 0 && (
        <div className="relative overflow-x-auto rounded-lg border bg-card">
          <table className="w-full text-sm">
            <caption className="sr-only">{words.caption}</caption>
            <thead className="border-b bg-muted/50 text-left text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Product</th>
                <th scope="col" className="px-4 py-2 font-medium">Rate center</th>
                <th scope="col" className="px-4 py-2 font-medium">Customer service name</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Numbers</th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {groups.map((group) => (
                <tr key={JSON.stringify([group.productId, group.rateCenter, group.state, group.customerServiceName])}>
                  <td className="px-4 py-2.5">{group.productId ? (PRODUCT_LABELS[group.productId]?.long ?? group.productId) : unknownWord}</td>
                  <td className="px-4 py-2.5">{group.rateCenter ? [group.rateCenter, group.state].filter(Boolean).join(", ") : unknownWord}</td>
                  <td className="px-4 py-2.5">{group.customerServiceName ?? unknownWord}</td>
                  <td className="px-4 py-2.5 text-right tabular-nums">{group.count.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {notActive.length > 0 && (
        <CodedAlert tone="attention" title={`${notActive.length} of these ${notActive.length === 1 ? "is" : "are"} not active`} code={words.notActiveCode}>
          <p>
            {words.doesOnlyActive} and refuses the whole order otherwise: {shown(notActive.map((n) => n.tn))}. {takeOut(notActive.length, total)}.
          </p>
        </CodedAlert>
      )}
      {notHeld.length > 0 && (
        <CodedAlert tone="attention" title={`Lumen holds ${notHeld.length === 1 ? "one of these" : `${notHeld.length} of these`} for someone else, or for nobody`} code={words.notHeldCode}>
          <p>
            Neither active nor reserved for this organization at Lumen, which refuses the whole order for them: {shown(notHeld)}.{" "}
            {takeOut(notHeld.length, total)}.
          </p>
        </CodedAlert>
      )}
      {notInSlice.length > 0 && (
        <CodedAlert tone="attention" title={`${notInSlice.length === 1 ? "One of these is" : `${notInSlice.length} of these are`} not in your inventory`}>
          <p>
            The portal does not record {notInSlice.length === 1 ? "it" : "them"} for your account, so {notInSlice.length === 1 ? "it" : "they"} cannot
            be {words.past} from here: {shown(notInSlice)}. {takeOut(notInSlice.length, total)},
            or ask the partner&apos;s staff to move {notInSlice.length === 1 ? "it" : "them"} to your account.
          </p>
        </CodedAlert>
      )}
      {inFlight.length > 0 && (
        <CodedAlert
          tone="attention"
          title={`${inFlight.length === 1 ? "One of these is" : `${inFlight.length} of these are`} still held by another order`}
          code={String(NUMBER_IN_FLIGHT_CODE)}
        >
          <p>
            Lumen refuses the whole order while another order on a number is open. Take {inFlight.length === 1 ? "it" : "them"} out of
            the list, or wait until that order is done:
          </p>
          <ul className="list-disc pl-5">
            {inFlight.slice(0, 10).map(({ tn, order }) => (
              <li key={tn}>
                {formatTn(tn)}:{" "}
                <Link href={`/${org}/orders/${order.id}`} className="text-primary underline underline-offset-4">
                  {ORDER_TYPE_LABELS[order.type].toLowerCase()} order {order.voiceOrderId ?? ""}
                </Link>
              </li>
            ))}
            {inFlight.length > 10 && <li>and {inFlight.length - 10} more</li>}
          </ul>
        </CodedAlert>
      )}
      {otherProduct > 0 && (
        <p className="text-sm text-muted-foreground">
          {otherProduct === 1 ? "One of these is" : `${otherProduct.toLocaleString()} of these are`} recorded on another product than{" "}
          {PRODUCT_LABELS[productId!]?.long ?? productId}, the one chosen in the first step. Fields only Enhanced Local Service has (E911,
          the directory listing) do not apply to Local Inbound numbers.
        </p>
      )}
      {unknown.length > 0 && (
        <p className="text-sm text-muted-foreground">
          {unknown.length === 1 ? `One number (${shown(unknown)}) could not be checked` : `${unknown.length} numbers (${shown(unknown)}) could not be checked`}
          {unknownReason ? `: ${unknownReason}.` : "."} Lumen checks that they are yours when the order arrives.
        </p>
      )}
    </div>
  );
}
