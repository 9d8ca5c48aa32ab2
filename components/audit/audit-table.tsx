import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { OrderTime } from "@/components/orders/order-time";
import type { AuditEntryRow, AuditTarget } from "@/lib/audit/list-audit-entries";
import type { FieldChange } from "@/lib/audit/describe-changes";
import { ORDER_TYPE_LABELS } from "@/lib/orders/order-type-labels";

const TH = "px-3 py-2.5 text-left text-xs font-medium whitespace-nowrap text-muted-foreground";
const TD = "px-3 py-2.5 align-top";
const LINK = "text-primary underline-offset-4 hover:underline";

/** One row per recorded action: when, who, what in words, on what, what changed, from where. */
export function AuditTable({ org, entries }: { org: string; entries: AuditEntryRow[] }) {
  return (
    // Wider than the screen once "What changed" is long: focusable so the keyboard can scroll it.
    <div role="region" aria-label="Audit trail entries" tabIndex={0} className="relative scroll-x-cue overflow-x-auto rounded-lg border shadow-xs">
      <table aria-label="Audit trail" className="w-full border-collapse text-sm">
        <thead className="border-b bg-muted/50">
          <tr>
            <th scope="col" className={TH}>Time</th>
            <th scope="col" className={TH}>Who</th>
            <th scope="col" className={TH}>Action</th>
            <th scope="col" className={TH}>Target</th>
            <th scope="col" className={TH}>What changed</th>
            <th scope="col" className={TH}>Address</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={cn(TD, "whitespace-nowrap")}>
                <OrderTime value={entry.createdAt.toISOString()} mode="absolute" />
              </td>
              <td className={cn(TD, "max-w-56")}>
                {entry.actor ? (
                  <span className="flex flex-col">
                    <span className="font-medium">{entry.actor.name}</span>
                    <span className="text-xs break-all text-muted-foreground">{entry.actor.email}</span>
                  </span>
                ) : (
                  <span className="text-muted-foreground" title="No user is recorded, or the user no longer exists">Unknown</span>
                )}
              </td>
              <td className={cn(TD, "min-w-48")}>{entry.actionLabel}</td>
              <td className={cn(TD, "min-w-40")}>
                <TargetCell org={org} target={entry.target} />
              </td>
              <td className={cn(TD, "min-w-64")}>
                <ChangeList changes={entry.changes} />
              </td>
              <td className={cn(TD, "font-mono text-xs whitespace-nowrap")}>{entry.ipAddress ?? <span className="text-muted-foreground">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TargetCell({ org, target }: { org: string; target: AuditTarget | null }) {
  if (!target) return <span className="text-muted-foreground">—</span>;
  switch (target.kind) {
    case "order":
      return (
        <Link href={`/${org}/orders/${target.id}`} className={LINK}>
          {target.orderType && ORDER_TYPE_LABELS[target.orderType]}
          <span className="ml-1.5 font-mono text-xs">{target.label}</span>
        </Link>
      );
    case "notification":
      return (
        <Link href={`/${org}/notifications/${target.id}`} className={LINK}>
          {target.label}
        </Link>
      );
    case "organization":
      return (
        <Link href={`/${org}/settings`} className={LINK}>
          {target.label}
        </Link>
      );
    default:
      return <span className="break-all">{target.label}</span>;
  }
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <ul className="flex flex-col gap-0.5">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="text-muted-foreground">{change.label}:</span>{" "}
          {change.secret ? (
            <span className="font-medium">changed</span>
          ) : change.before === undefined ? (
            <span className="break-all">{change.after}</span>
          ) : (
            <>
              <span className="break-all text-muted-foreground line-through decoration-muted-foreground/60">{change.before}</span>
              <span aria-hidden> → </span>
              <span className="sr-only"> changed to </span>
              <span className="break-all font-medium">{change.after ?? "removed"}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
