"use client";

import type { SubAccountChoice } from "@/lib/sub-accounts/sub-account-choice";
import { useRef } from "react";
import { PencilLine, PhoneOff } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { PRODUCT_LABELS } from "@/components/orders/order-labels";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import type { ActiveNumber } from "@/lib/numbers/list-active-numbers";
import { changeSelectedHref } from "./change-selected-href";
import { MoveSelectedNumbers } from "./move-numbers-dialog";
import { SELECTION_TH as TH, SelectAllHeader, SelectNumberCell, SelectionLink, selectableRowClass, useNumberSelection } from "./number-selection";
import { SubAccountName } from "@/components/sub-accounts/sub-account-name";

interface ActiveNumbersTableProps {
  org: string;
  numbers: ActiveNumber[];
  /** Staff see which reseller holds each number; a reseller sees only its own. */
  showSubAccount: boolean;
  /** Operators and up pick numbers to change or disconnect; viewers read. */
  canAct: boolean;
  /** The sub-accounts staff operators may hand the selected numbers to; null for anyone else. */
  moveTo?: SubAccountChoice[] | null;
}

const TD = "px-3 py-2.5 align-top";
const NONE = <span className="text-muted-foreground">—</span>;

// The selection hands numbers to the change and disconnect wizards in their address
// (?tns=a,b,c; the change wizard also their product, see changeSelectedHref).
export function ActiveNumbersTable({ org, numbers, showSubAccount, canAct, moveTo = null }: ActiveNumbersTableProps) {
  const selection = useNumberSelection(numbers);
  // After a move the selection is cleared and "Move selected" disabled: the focus comes here.
  const selectionLine = useRef<HTMLParagraphElement>(null);
  const { chosenNumbers, chosen } = selection;
  const { href: changeHref, products } = changeSelectedHref(org, chosenNumbers);

  return (
    <div className="flex flex-col gap-3">
      {canAct && (
        <div className="flex flex-wrap items-center gap-3">
          <SelectionLink href={changeHref} enabled={chosen.length > 0} icon={PencilLine} label="Change selected" />
          <SelectionLink
            href={`/${org}/disconnect?tns=${chosen.join(",")}`}
            enabled={chosen.length > 0}
            icon={PhoneOff}
            label="Disconnect selected"
            variant="outline"
          />
          {moveTo && moveTo.length > 0 && (
            <MoveSelectedNumbers org={org} selected={chosenNumbers} moveTo={moveTo} onMoved={selection.clear} focusAfterMove={selectionLine} />
          )}
          <p ref={selectionLine} tabIndex={-1} className="text-sm text-muted-foreground outline-none" aria-live="polite">
            {chosen.length === 0
              ? `Select numbers to change${moveTo && moveTo.length > 0 ? ", disconnect or move" : " or disconnect"} them.`
              : products > 1
                ? `${chosen.length} selected, on ${products} products: a change order covers one product, so change each product's numbers on their own.`
                : `${chosen.length} selected`}
          </p>
        </div>
      )}
      <div className="relative scroll-x-cue overflow-x-auto rounded-lg border shadow-xs">
        <table aria-label="Active numbers" className="w-full border-collapse text-sm">
          <thead className="border-b bg-muted/50">
            <tr>
              {canAct && <SelectAllHeader selection={selection} />}
              <th scope="col" className={TH}>Number</th>
              <th scope="col" className={TH}>Product</th>
              <th scope="col" className={TH}>Subscriber</th>
              <th scope="col" className={TH}>Service address</th>
              <th scope="col" className={TH}>E911 address</th>
              <th scope="col" className={TH}>Customer service name</th>
              {showSubAccount && <th scope="col" className={TH}>Sub-account</th>}
            </tr>
          </thead>
          <tbody className="divide-y">
            {numbers.map((n) => (
              <tr key={n.tn} className={selectableRowClass(selection, n.tn)}>
                {canAct && <SelectNumberCell selection={selection} tn={n.tn} className={TD} />}
                <td className={cn(TD, "font-medium whitespace-nowrap tabular-nums")}>
                  <Link href={`/${org}/numbers/${n.tn}`} className="text-primary underline-offset-4 hover:underline">
                    {formatTn(n.tn)}
                  </Link>
                </td>
                <td className={cn(TD, "whitespace-nowrap")}>
                  <abbr title={PRODUCT_LABELS[n.productId]?.long ?? n.productId} className="no-underline">
                    {PRODUCT_LABELS[n.productId]?.short ?? n.productId}
                  </abbr>
                </td>
                <td className={TD}>{n.subscriber || NONE}</td>
                <td className={cn(TD, "min-w-48")}>{n.serviceAddress ?? NONE}</td>
                <td className={cn(TD, "min-w-48")}>{n.e911Address ?? NONE}</td>
                <td className={cn(TD, "font-mono text-xs whitespace-nowrap")}>{n.customerServiceName ?? NONE}</td>
                {showSubAccount && <td className={cn(TD, "whitespace-nowrap")}><SubAccountName name={n.subAccount?.name} /></td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
