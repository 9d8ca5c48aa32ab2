import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { SubAccountOverview } from "@/lib/sub-accounts/list-sub-account-overview";
import { allowedTypesText, numbersHeldText } from "./sub-account-labels";

const TH = "px-3 py-2.5 text-left text-xs font-medium whitespace-nowrap text-muted-foreground";
const TD = "px-3 py-2.5 align-top";

/** The organization's resellers at a glance: who they are, how much they hold and what they may do. */
export function SubAccountsTable({ org, subAccounts }: { org: string; subAccounts: SubAccountOverview[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border bg-card">
      <table className="w-full text-sm">
        <caption className="sr-only">Reseller sub-accounts</caption>
        <thead className="border-b bg-muted/50">
          <tr>
            <th scope="col" className={TH}>Name</th>
            <th scope="col" className={TH}>Status</th>
            <th scope="col" className={TH}>Users</th>
            <th scope="col" className={TH}>Numbers held</th>
            <th scope="col" className={TH}>Customer service names</th>
            <th scope="col" className={TH}>Order types</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {subAccounts.map((sub) => {
            const full = sub.maxNumbers !== null && sub.numbersHeld >= sub.maxNumbers;
            const over = sub.maxNumbers !== null && sub.numbersHeld > sub.maxNumbers;
            return (
              <tr key={sub.id}>
                <th scope="row" className={`${TD} text-left font-medium`}>
                  <Link className="underline-offset-2 hover:underline" href={`/${org}/sub-accounts/${sub.id}`}>
                    {sub.name}
                  </Link>
                </th>
                <td className={TD}>{sub.suspendedAt ? <Badge tone="warning">Suspended</Badge> : <Badge tone="success">Active</Badge>}</td>
                <td className={`${TD} tabular-nums`}>{sub.users}</td>
                <td className={`${TD} tabular-nums whitespace-nowrap`}>
                  {numbersHeldText(sub.numbersHeld, sub.maxNumbers)}
                  {full && (
                    <Badge tone="warning" className="ml-2">
                      {over ? "Over its limit" : "At its limit"}
                    </Badge>
                  )}
                </td>
                <td className={TD}>{sub.customerServiceNames.length ? <span className="font-mono text-xs">{sub.customerServiceNames.join(", ")}</span> : <span className="text-muted-foreground">None yet</span>}</td>
                <td className={TD}>{allowedTypesText(sub.allowedOrderTypes)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
