"use client";

import { RefreshCw } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ORDER_TYPE_LABELS } from "@/components/orders/order-labels";
import { Button } from "@/components/ui/button";
import { checkWithLumen, errorLabel, NetworkError, PortalError } from "@/components/wizard/portal-api";
import type { OrderType } from "@/lib/db/generated/enums";

// After an outage or a spell of lost notifications, every stuck order asked at Lumen in
// one go: one after the other, through the same route as an order page's "Check with
// Lumen", then the list drawn again without the orders that moved on. When Lumen does not
// answer, the run stops there: the rest would only wait for the same silence.

export interface CheckableOrder {
  id: string;
  type: OrderType;
  voiceOrderId: string | null;
  externalOrderId: string;
}

interface Failure {
  order: CheckableOrder;
  label: string | null;
  message: string;
}

interface Run {
  checked: number;
  total: number;
  moved: number;
  failures: Failure[];
  /** Lumen or the portal did not answer: the run stopped before the end. */
  stopped: boolean;
  finished: boolean;
}

const STOP_ON: ReadonlySet<string> = new Set(["LUMEN_UNAVAILABLE", "UNAUTHENTICATED", "LUMEN_NOT_CONFIGURED"]);

export function CheckAllWithLumen({ org, orders }: { org: string; orders: CheckableOrder[] }) {
  const router = useRouter();
  const [run, setRun] = useState<Run | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const running = (run !== null && !run.finished) || refreshing;

  async function checkAll() {
    if (running) return;
    const batch = orders;
    let current: Run = { checked: 0, total: batch.length, moved: 0, failures: [], stopped: false, finished: false };
    setRun(current);
    for (const order of batch) {
      try {
        const { changed } = await checkWithLumen(org, order.id);
        current = { ...current, checked: current.checked + 1, moved: current.moved + (changed ? 1 : 0) };
      } catch (error) {
        if (!(error instanceof PortalError || error instanceof NetworkError)) throw error;
        const failure = { order, label: errorLabel(error), message: error.message };
        const stop = error instanceof NetworkError || STOP_ON.has(error.code);
        current = { ...current, checked: current.checked + 1, failures: [...current.failures, failure], stopped: stop };
      }
      setRun(current);
      if (current.stopped) break;
    }
    setRun({ ...current, finished: true });
    startRefresh(() => router.refresh());
  }

  if (!orders.length && !run) return null;
  return (
    <div className="flex flex-col items-end gap-2">
      {orders.length > 0 && (
        <Button type="button" size="sm" onClick={checkAll} busy={running}>
          <RefreshCw aria-hidden className={running ? "animate-spin" : undefined} />
          {orders.length === 1 ? "Check it with Lumen" : `Check all ${orders.length} with Lumen`}
        </Button>
      )}
      <p role="status" aria-live="polite" className="text-right text-sm">
        {run && summaryOf(run)}
      </p>
      {run && run.failures.length > 0 && (
        <ul aria-label="Orders not checked" className="flex max-w-xl flex-col gap-1 text-sm text-red-800 dark:text-red-200">
          {run.failures.map(({ order, label, message }) => (
            <li key={order.id}>
              {label && <span className="mr-1 rounded border px-1 py-0.5 font-mono text-xs">{label}</span>}
              <Link href={`/${org}/orders/${order.id}`} className="text-primary underline underline-offset-4">
                {ORDER_TYPE_LABELS[order.type]} {order.voiceOrderId ?? order.externalOrderId}
              </Link>
              : {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function summaryOf(run: Run): string {
  const counted = `${run.moved} moved on, ${run.checked - run.moved - run.failures.length} unchanged${run.failures.length ? `, ${run.failures.length} not checked` : ""}`;
  if (!run.finished) return `Checking with Lumen… ${run.checked} of ${run.total}.`;
  if (run.stopped) return `Stopped after ${run.checked} of ${run.total}: ${counted}. Try the rest again in a moment.`;
  return `Checked ${run.total} with Lumen: ${counted}.`;
}
