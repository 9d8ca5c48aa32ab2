"use client";

import type { SubAccountChoice } from "@/lib/sub-accounts/sub-account-choice";
import { useRef } from "react";
import { PhoneForwarded } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { OrderTime } from "@/components/orders/order-time";
import type { ReservedNumber } from "@/lib/numbers/list-reserved-numbers";
import { SubAccountName } from "@/components/sub-accounts/sub-account-name";
import { MoveSelectedNumbers } from "./move-numbers-dialog";
import { SELECTION_TH as TH, SelectAllHeader, SelectNumberCell, SelectionLink, selectableRowClass, useNumberSelection } from "./number-selection";

interface ReservedNumbersTableProps {
  org: string;
  numbers: ReservedNumber[];
  /** Staff see which reseller holds each number; a reseller sees only its own. */
  showSubAccount: boolean;
  /** Operators and up pick numbers to install; viewers read. */
  canInstall: boolean;
  /** The sub-accounts staff operators may hand the selected numbers to; null for anyone else. */
  moveTo?: SubAccountChoice[] | null;
}

const TD = "px-3 py-2.5 align-middle whitespace-nowrap";

// The selection is the hand-over to the install wizard: "Install selected" carries the
// numbers in its address.
export function ReservedNumbersTable({ org, numbers, showSubAccount, canInstall, moveTo = null }: ReservedNumbersTableProps) {
  const selection = useNumberSelection(numbers);
  // After a move the selection is cleared and "Move selected" disabled: the focus comes here.
  const selectionLine = useRef<HTMLParagraphElement>(null);
  const { chosenNumbers, chosen } = selection;
  const canMove = moveTo !== null && moveTo.length > 0;

  return (
    <div className="flex flex-col gap-3">
      {canInstall && (
        <div className="flex flex-wrap items-center gap-3">
          <SelectionLink href={`/${org}/install?tns=${chosen.join(",")}`} enabled={chosen.length > 0} icon={PhoneForwarded} label="Install selected" />
          {canMove && (
            <MoveSelectedNumbers org={org} selected={chosenNumbers} moveTo={moveTo} onMoved={selection.clear} focusAfterMove={selectionLine} />
          )}
          <p ref={selectionLine} tabIndex={-1} className="text-sm text-muted-foreground outline-none" aria-live="polite">
            {chosen.length > 0
              ? `${chosen.length} selected`
              : canMove
                ? "Select numbers to install them for a subscriber or move them to a sub-account."
                : "Select numbers to install them for a subscriber."}
          </p>
        </div>
      )}
      <div className="relative scroll-x-cue overflow-x-auto rounded-lg border shadow-xs">
        <table aria-label="Reserved numbers" className="w-full border-collapse text-sm">
          <thead className="border-b bg-muted/50">
            <tr>
              {canInstall && <SelectAllHeader selection={selection} />}
              <th scope="col" className={TH}>Number</th>
              <th scope="col" className={TH}>Rate center</th>
              <th scope="col" className={TH}>State</th>
              <th scope="col" className={TH}>Reserved</th>
              <th scope="col" className={TH}>Voice order ID</th>
              {showSubAccount && <th scope="col" className={TH}>Sub-account</th>}
            </tr>
          </thead>
          <tbody className="divide-y">
            {numbers.map((n) => (
              <tr key={n.tn} className={selectableRowClass(selection, n.tn)}>
                {canInstall && <SelectNumberCell selection={selection} tn={n.tn} className={TD} />}
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
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
