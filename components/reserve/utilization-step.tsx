import type { UseQueryResult } from "@tanstack/react-query";
import { CircleCheck, Trash2 } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { lumenMessage } from "@/lib/lumen/codes";
import type { RateCenterUtilizationResponse } from "@/lib/lumen/schemas/rate-center-utilization";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { QueryErrorAlert } from "@/components/wizard/query-error-alert";
import { OPEN_BACKORDER_CODE, type OpenBackorder } from "@/lib/orders/open-backorders-schema";
import type { RateCenterUtilization } from "./reserve-api";
import type { ReservationLineValues } from "./reserve-wizard-schema";
import { UtilizationGauge } from "./utilization-gauge";

/** Lumen's notification when a rate center's inventory is not yet 75 % in use. */
export const UNDER_USED_CODE = 1648;

/** The organization's reservation still in backorder in the line's rate center, if any. */
export function backorderFor(backorders: readonly OpenBackorder[] | undefined, line: { rateCenter: string; state: string }): OpenBackorder | undefined {
  return backorders?.find((b) => b.rateCenter.toUpperCase() === line.rateCenter.toUpperCase() && b.state.toUpperCase() === line.state.toUpperCase());
}

export function utilizationFor(
  data: RateCenterUtilizationResponse | undefined,
  line: { rateCenter: string; state: string },
): RateCenterUtilization | undefined {
  return data?.utilization.find((u) => u.rateCenter === line.rateCenter && u.state === line.state);
}

interface UtilizationStepProps {
  org: string;
  lines: ReservationLineValues[];
  query: UseQueryResult<RateCenterUtilizationResponse, Error>;
  /** The organization's reservations still in backorder in these rate centers (none while unknown). */
  backorders: readonly OpenBackorder[];
  onRemove: (index: number) => void;
  /** A reseller's user: the unused numbers are mostly not its own, and it sees only its own. */
  forReseller: boolean;
}

/** Step 3: Lumen's 75 % rule per chosen rate center, checked before anything is ordered. */
export function UtilizationStep({ org, lines, query, backorders, onRemove, forReseller }: UtilizationStepProps) {
  if (lines.length === 0) {
    return <p className="text-sm text-muted-foreground">No rate center is left to check. Go back to Rate centers to choose one.</p>;
  }
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-3" role="status" aria-label="Checking utilization">
        {lines.map((line) => (
          <Skeleton key={`${line.state}-${line.rateCenter}`} className="h-24 w-full" />
        ))}
      </div>
    );
  }
  if (query.isError) {
    return <QueryErrorAlert title="Lumen's utilization could not be checked." error={query.error} onRetry={() => void query.refetch()} />;
  }

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground">
        Lumen takes a new reservation in a rate center only when at least 75 % of the numbers its customer account (all
        of the partner&apos;s, resellers&apos; included) already holds there are in use (active).
      </p>
      <ul className="flex flex-col gap-3" aria-label="Utilization per rate center">
        {lines.map((line, index) => {
          const utilization = utilizationFor(query.data, line);
          const backorder = backorderFor(backorders, line);
          return (
            <li key={`${line.state}-${line.rateCenter}`} className="flex flex-col gap-3 rounded-lg border bg-card px-4 py-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-sm font-semibold">
                  {line.rateCenter}, {line.state}
                </h3>
                {utilization ? (
                  <span className="text-sm font-medium tabular-nums">{utilization.utilizationPercent} % in use</span>
                ) : query.isFetching ? null : (
                  <span className="text-sm text-muted-foreground">Lumen reported no figures</span>
                )}
              </div>
              {utilization && <UtilizationGauge utilization={utilization} label={line.rateCenter} />}
              {backorder && <BackorderHere org={org} line={line} backorder={backorder} onRemove={() => onRemove(index)} />}
              {!utilization && query.isFetching && <Skeleton className="h-8 w-full" />}
              {utilization?.canOrderMore === false ? (
                <CodedAlert tone="attention" code={`Lumen ${UNDER_USED_CODE}`} title="Not enough of the account's numbers here are in use yet.">
                  {forReseller ? (
                    <p>
                      Only {utilization.utilizationPercent} % of the numbers the partner&apos;s account holds in {line.rateCenter} are
                      active; Lumen needs 75 % before it reserves more. The unused ones may be the partner&apos;s or another
                      reseller&apos;s: ask the partner&apos;s staff to hand you some of them (they can move reserved numbers to your
                      sub-account), or remove this rate center to go on.
                    </p>
                  ) : (
                    <p>
                      Only {utilization.utilizationPercent} % of the numbers the account holds in {line.rateCenter} are active; Lumen
                      needs 75 % before it reserves more. Use the{" "}
                      <Link href={`/${org}/numbers`} className="font-medium underline underline-offset-4">
                        numbers still unused
                      </Link>{" "}
                      first, or remove this rate center to go on.
                    </p>
                  )}
                  <p className="text-xs opacity-80">Lumen: “{lumenMessage(UNDER_USED_CODE)}”</p>
                  <div className="mt-1">
                    <Button type="button" variant="outline" size="sm" onClick={() => onRemove(index)}>
                      <Trash2 aria-hidden />
                      Remove {line.rateCenter}
                    </Button>
                  </div>
                </CodedAlert>
              ) : utilization ? (
                <p className="flex items-center gap-1.5 text-sm text-emerald-800 dark:text-emerald-200">
                  <CircleCheck aria-hidden className="size-4" />
                  You can reserve more here.
                </p>
              ) : query.isFetching ? null : (
                <p className="text-sm text-muted-foreground">Lumen will apply the 75 % rule when the order arrives.</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A reservation of the organization's here is still in backorder: Lumen refuses another (4011). */
function BackorderHere({ org, line, backorder, onRemove }: { org: string; line: ReservationLineValues; backorder: OpenBackorder; onRemove: () => void }) {
  const { order } = backorder;
  return (
    <CodedAlert tone="attention" code={`Lumen ${OPEN_BACKORDER_CODE}`} title="A reservation here is still in backorder.">
      {order ? (
        <p>
          <Link href={`/${org}/orders/${order.id}`} className="font-medium underline underline-offset-4">
            Reservation {order.voiceOrderId ?? "not yet numbered by Lumen"}
          </Link>{" "}
          {order.awaitingApproval ? "waits for your answer to Lumen's backorder offer" : "is backordered"}: Lumen takes no other
          reservation in {line.rateCenter} until it is over. {order.awaitingApproval ? "Answer it, or remove this rate center to go on." : "Remove this rate center to go on."}
        </p>
      ) : (
        <p>
          Another reservation on the partner&apos;s Lumen account is waiting for its backorder in {line.rateCenter}, and Lumen takes no other
          reservation there until it is over. Remove this rate center to go on, or ask the partner when it will be.
        </p>
      )}
      <p className="text-xs opacity-80">Lumen: “{lumenMessage(OPEN_BACKORDER_CODE)}”</p>
      <div className="mt-1">
        <Button type="button" variant="outline" size="sm" onClick={onRemove}>
          <Trash2 aria-hidden />
          Remove {line.rateCenter}
        </Button>
      </div>
    </CodedAlert>
  );
}
