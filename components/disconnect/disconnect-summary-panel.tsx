import { useQuery } from "@tanstack/react-query";
import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { Skeleton } from "@/components/ui/skeleton";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { callPortal, orgApi } from "@/components/wizard/portal-api";
import { QueryErrorAlert } from "@/components/wizard/query-error-alert";
import type { DisconnectSummary } from "@/lib/numbers/disconnect-summary";

const unknownWord = <span className="text-muted-foreground">not known</span>;

function fetchSummary(org: string, tns: string[]) {
  return callPortal<DisconnectSummary>(`${orgApi(org)}/numbers/summary`, { method: "POST", body: JSON.stringify({ tns }) });
}

const shown = (tns: string[]) => tns.slice(0, 10).map(formatTn).join(", ") + (tns.length > 10 ? ` and ${tns.length - 10} more` : "");

/** The review's look-up of the numbers, shared by the panel and the wizard's send (one request). */
export function useDisconnectSummary(org: string, tns: string[], enabled = true) {
  return useQuery({ queryKey: ["disconnect", org, "summary", tns], queryFn: () => fetchSummary(org, tns), staleTime: 30_000, enabled });
}

/** Numbers Lumen would refuse, so that nothing is sent while they are in the list. */
export function refusedBySummary(summary: DisconnectSummary | undefined): string[] {
  return summary ? [...summary.notActive.map((n) => n.tn), ...summary.notHeld, ...summary.notInSlice] : [];
}

/** What is about to go out of service, as far as the portal's records and Lumen know it. */
export function DisconnectSummaryPanel({ org, tns }: { org: string; tns: string[] }) {
  const summary = useDisconnectSummary(org, tns);

  if (summary.isError) {
    return <QueryErrorAlert title="The numbers could not be looked up" error={summary.error} onRetry={() => void summary.refetch()} />;
  }
  if (!summary.data) return <Skeleton className="h-32 w-full" />;
  const { total, groups, notActive, notHeld, notInSlice, unknown, unknownReason } = summary.data;
  const refused = refusedBySummary(summary.data);

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm font-medium">
        {refused.length === 0
          ? `${total.toLocaleString()} ${total === 1 ? "number" : "numbers"} will be disconnected.`
          : `${total.toLocaleString()} ${total === 1 ? "number" : "numbers"} listed. Nothing is sent while ${refused.length === 1 ? "the one" : `the ${refused.length.toLocaleString()}`} marked below ${refused.length === 1 ? "is" : "are"} in the list.`}
      </p>
      {groups.length > 0 && (
        <div className="relative overflow-x-auto rounded-lg border bg-card">
          <table className="w-full text-sm">
            <caption className="sr-only">Numbers to disconnect by product, rate center and customer service name</caption>
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
        <CodedAlert tone="attention" title={`${notActive.length} of these ${notActive.length === 1 ? "is" : "are"} not active`} code="20061">
          <p>
            Lumen disconnects only active numbers and refuses the whole order otherwise: {shown(notActive.map((n) => n.tn))}. Take them out
            of the list to go on with the rest.
          </p>
        </CodedAlert>
      )}
      {notHeld.length > 0 && (
        <CodedAlert tone="attention" title={`Lumen holds ${notHeld.length === 1 ? "one of these" : `${notHeld.length} of these`} for someone else, or for nobody`} code="20041">
          <p>
            Neither active nor reserved for this organization at Lumen, which refuses the whole order for them: {shown(notHeld)}. Take them
            out of the list to go on with the rest.
          </p>
        </CodedAlert>
      )}
      {notInSlice.length > 0 && (
        <CodedAlert tone="attention" title={`${notInSlice.length === 1 ? "One of these is" : `${notInSlice.length} of these are`} not in your inventory`}>
          <p>
            The portal does not record {notInSlice.length === 1 ? "it" : "them"} for your account, so {notInSlice.length === 1 ? "it" : "they"} cannot
            be disconnected from here: {shown(notInSlice)}. Take {notInSlice.length === 1 ? "it" : "them"} out of the list to go on with the rest,
            or ask the partner&apos;s staff to move {notInSlice.length === 1 ? "it" : "them"} to your account.
          </p>
        </CodedAlert>
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
