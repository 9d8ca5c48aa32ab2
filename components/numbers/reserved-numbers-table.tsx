"use client";

import { PhoneForwarded } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatTn } from "@/components/orders/order-labels";
import { OrderTime } from "@/components/orders/order-time";
import type { ReservedNumber } from "@/lib/numbers/list-reserved-numbers";
import { SubAccountName } from "@/components/sub-accounts/sub-account-name";
import { MoveSelectedNumbers } from "./move-numbers-dialog";

interface ReservedNumbersTableProps {
  org: string;
  numbers: ReservedNumber[];
  /** Staff see which reseller holds each number; a reseller sees only its own. */
  showSubAccount: boolean;
  /** Operators and up pick numbers to install; viewers read. */
  canInstall: boolean;
  /** The sub-accounts staff operators may hand the selected numbers to; null for anyone else. */
  moveTo?: Array<{ id: string; name: string }> | null;
}

const TH = "px-3 py-2.5 text-left text-xs font-medium whitespace-nowrap text-muted-foreground";
const TD = "px-3 py-2.5 align-middle whitespace-nowrap";

// The selection is the hand-over to the install wizard: "Install selected" carries the
// numbers in its address. It covers this page only (the parent remounts it per page).
export function ReservedNumbersTable({ org, numbers, showSubAccount, canInstall, moveTo = null }: ReservedNumbersTableProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const chosenNumbers = numbers.filter((n) => selected.has(n.tn));
  const chosen = chosenNumbers.map((n) => n.tn);
  const canMove = moveTo !== null && moveTo.length > 0;
  const allChosen = numbers.length > 0 && chosen.length === numbers.length;

  function toggle(tn: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(tn);
      else next.delete(tn);
      return next;
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {canInstall && (
        <div className="flex flex-wrap items-center gap-3">
          {chosen.length > 0 ? (
            <Button asChild>
              <Link href={`/${org}/install?tns=${chosen.join(",")}`}>
                <PhoneForwarded aria-hidden />
                Install selected
              </Link>
            </Button>
          ) : (
            <Button disabled>
              <PhoneForwarded aria-hidden />
              Install selected
            </Button>
          )}
          {canMove && (
            <MoveSelectedNumbers org={org} selected={chosenNumbers} moveTo={moveTo} onMoved={() => setSelected(new Set())} />
          )}
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {chosen.length > 0
              ? `${chosen.length} selected`
              : canMove
                ? "Select numbers to install them for a subscriber or move them to a sub-account."
                : "Select numbers to install them for a subscriber."}
          </p>
        </div>
      )}
      <div className="relative overflow-x-auto rounded-lg border bg-card shadow-xs">
        <table aria-label="Reserved numbers" className="w-full border-collapse text-sm">
          <thead className="border-b bg-muted/50">
            <tr>
              {canInstall && (
                <th scope="col" className={cn(TH, "w-10")}>
                  <input
                    type="checkbox"
                    aria-label="Select every number on this page"
                    className="size-4 accent-primary"
                    checked={allChosen}
                    onChange={(event) => setSelected(event.target.checked ? new Set(numbers.map((n) => n.tn)) : new Set())}
                  />
                </th>
              )}
              <th scope="col" className={TH}>Number</th>
              <th scope="col" className={TH}>Rate center</th>
              <th scope="col" className={TH}>State</th>
              <th scope="col" className={TH}>Reserved</th>
              <th scope="col" className={TH}>Voice order ID</th>
              {showSubAccount && <th scope="col" className={TH}>Sub-account</th>}
            </tr>
          </thead>
          <tbody className="divide-y">
            {numbers.map((n) => {
              const isChosen = selected.has(n.tn);
              return (
                <tr key={n.tn} className={cn("transition-colors hover:bg-accent/60", isChosen && "bg-accent/40")}>
                  {canInstall && (
                    <td className={TD}>
                      <input
                        type="checkbox"
                        aria-label={formatTn(n.tn)}
                        className="size-4 accent-primary"
                        checked={isChosen}
                        onChange={(event) => toggle(n.tn, event.target.checked)}
                      />
                    </td>
                  )}
                  <td className={cn(TD, "font-medium tabular-nums")}>
                    <Link href={`/${org}/numbers/${n.tn}`} className="text-primary underline-offset-4 hover:underline">
                      {formatTn(n.tn)}
                    </Link>
                  </td>
                  <td className={TD}>{n.rateCenter}</td>
                  <td className={TD}>{n.state}</td>
                  <td className={TD}>
                    <OrderTime value={n.reservedAt} />
                  </td>
                  <td className={cn(TD, "font-mono text-xs")}>
                    {n.orderId ? (
                      <Link href={`/${org}/orders/${n.orderId}`} className="text-primary underline-offset-4 hover:underline">
                        {n.voiceOrderID}
                      </Link>
                    ) : (
                      <span title="Reserved outside this portal, or before its order reached us">{n.voiceOrderID}</span>
                    )}
                  </td>
                  {showSubAccount && (
                    <td className={TD}><SubAccountName name={n.subAccountName} /></td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
