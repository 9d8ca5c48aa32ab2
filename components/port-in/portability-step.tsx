import type { UseQueryResult } from "@tanstack/react-query";
import { CircleCheck, ClipboardCopy } from "lucide-react";
import { toast } from "sonner";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { QueryErrorAlert } from "@/components/wizard/query-error-alert";
import { describePortRequests } from "./port-numbers-step";
import { sortByPortability, type PortabilityAnswer, type SetAsideNumber } from "./portability";

interface PortabilityStepProps {
  numbers: string[];
  query: UseQueryResult<PortabilityAnswer, Error>;
}

/** Step 2: Lumen's answer for every number; the ones that cannot be ported are set aside. */
export function PortabilityStep({ numbers, query }: PortabilityStepProps) {
  if (query.isPending) {
    return (
      <div role="status" aria-label="Checking portability" className="flex flex-col gap-2">
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }
  if (query.isError) {
    return <QueryErrorAlert title="Lumen's portability check could not be made." error={query.error} onRetry={() => void query.refetch()} />;
  }

  const { portable, setAside } = sortByPortability(numbers, query.data.lumen, query.data.inFlight);
  return (
    <div className="flex flex-col gap-5">
      <p role="status" aria-live="polite" className="text-sm font-medium">
        {setAside.length === 0
          ? `All ${numbers.length} ${numbers.length === 1 ? "number" : "numbers"} can be ported.`
          : `${portable.length} of ${numbers.length} can be ported; ${setAside.length} set aside.`}
      </p>
      {setAside.length > 0 && <SetAsideList numbers={setAside} goingOn={portable.length > 0} />}
      {portable.length > 0 && (
        <section aria-labelledby="port-portable" className="flex flex-col gap-2">
          <h3 id="port-portable" className="flex items-center gap-2 text-sm font-semibold">
            <CircleCheck aria-hidden className="size-4 text-emerald-700 dark:text-emerald-300" />
            Going on to the port
          </h3>
          <p className="text-sm text-muted-foreground">{describePortRequests(portable.length)}</p>
          <div className="max-h-72 overflow-y-auto rounded-lg border bg-card">
            <table className="w-full text-sm">
              <caption className="sr-only">Numbers that can be ported</caption>
              <thead className="border-b bg-muted/50 text-left text-xs text-muted-foreground">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">Number</th>
                  <th scope="col" className="px-4 py-2 font-medium">Rate center</th>
                  <th scope="col" className="px-4 py-2 font-medium">Losing carrier</th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {portable.map((result) => (
                  <tr key={result.telephoneNumber}>
                    <th scope="row" className="px-4 py-2 text-left font-mono font-normal whitespace-nowrap tabular-nums">{formatTn(result.telephoneNumber)}</th>
                    <td className="px-4 py-2">{result.rateCenter ? `${result.rateCenter}, ${result.state ?? ""}` : "—"}</td>
                    <td className="px-4 py-2">{result.losingCarrier ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

function SetAsideList({ numbers, goingOn }: { numbers: SetAsideNumber[]; goingOn: boolean }) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(numbers.map((n) => n.tn).join("\n"));
      toast.success(`Copied ${numbers.length === 1 ? "the number" : `the ${numbers.length} numbers`} set aside.`);
    } catch {
      toast.error("Could not copy the numbers; select them and copy them by hand.");
    }
  }

  return (
    <CodedAlert tone="attention" title={`Set aside: ${numbers.length === 1 ? "one number" : `${numbers.length} numbers`} Lumen cannot port now`}>
      <p>
        {goingOn
          ? "The port goes on without them. Keep them for later: each line says what has to change before they can be ported."
          : "None of the numbers can be ported: go back and add others."}
      </p>
      <ul aria-label="Numbers set aside" className="mt-1 flex flex-col gap-1">
        {numbers.map((n) => (
          <li key={n.tn}>
            <span className="font-mono font-semibold whitespace-nowrap tabular-nums">{formatTn(n.tn)}</span> — {n.reason}
          </li>
        ))}
      </ul>
      <div className="mt-2">
        <Button type="button" variant="outline" size="sm" onClick={() => void copy()}>
          <ClipboardCopy aria-hidden />
          Copy the numbers set aside
        </Button>
      </div>
    </CodedAlert>
  );
}
