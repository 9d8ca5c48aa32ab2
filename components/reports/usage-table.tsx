import { cn } from "@/components/ui/cn";
import type { UsageColumn } from "@/lib/reports/usage-columns";
import type { UsageRow } from "@/lib/reports/usage-report-data";

interface UsageTableProps {
  caption: string;
  columns: UsageColumn[];
  rows: UsageRow[];
  total: UsageRow | null;
}

const TH = "px-3 py-2 text-xs font-medium whitespace-nowrap text-muted-foreground";
const NUMBER = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

/** Groups of adjacent columns that share a group name, for the header's first row. */
function groupsOf(columns: UsageColumn[]): Array<{ group: string; span: number }> {
  const groups: Array<{ group: string; span: number }> = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last?.group === column.group) last.span++;
    else groups.push({ group: column.group, span: 1 });
  }
  return groups;
}

function Count({ value, className }: { value: number; className?: string }) {
  return <td className={cn(NUMBER, value === 0 && "text-muted-foreground", className)}>{value.toLocaleString("en-US")}</td>;
}

/**
 * One row per sub-account (and the total, for staff) under grouped column headers: the
 * group cells span their columns and are scoped to them, so a screen reader announces
 * "Local Inbound (2036), Active" with each number.
 */
export function UsageTable({ caption, columns, rows, total }: UsageTableProps) {
  const groups = groupsOf(columns);
  return (
    // Only numbers in it: focusable itself, so that a keyboard can scroll it when it is wider than the screen.
    // Named apart from the section it sits in, which carries the caption's words already.
    <div role="region" aria-label={`${caption}, table`} tabIndex={0} className="relative scroll-x-cue overflow-x-auto rounded-lg border shadow-xs">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b bg-muted/50">
          <tr>
            <th scope="col" rowSpan={2} className={cn(TH, "sticky left-0 bg-muted text-left align-bottom")}>
              Sub-account
            </th>
            {groups.map(({ group, span }, i) => (
              <th key={`${group}-${i}`} scope="colgroup" colSpan={span} className={cn(TH, "border-b border-l text-center text-foreground")}>
                {group}
              </th>
            ))}
          </tr>
          <tr>
            {columns.map((column, i) => (
              <th
                key={`${column.group}-${column.label}`}
                scope="col"
                className={cn(TH, "text-right", (i === 0 || columns[i - 1]!.group !== column.group) && "border-l")}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y">
          {rows.map((row) => (
            <tr key={row.subAccountId ?? row.kind}>
              <th scope="row" className={cn("sticky left-0 bg-card px-3 py-2 text-left font-normal whitespace-nowrap", row.kind === "own" && "italic")}>
                {row.name}
              </th>
              {columns.map((column, i) => (
                <Count
                  key={`${column.group}-${column.label}`}
                  value={column.value(row)}
                  className={cn((i === 0 || columns[i - 1]!.group !== column.group) && "border-l")}
                />
              ))}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot className="border-t-2 bg-muted/30 font-semibold">
            <tr>
              <th scope="row" className="sticky left-0 bg-muted px-3 py-2 text-left whitespace-nowrap">
                {total.name}
              </th>
              {columns.map((column, i) => (
                <Count
                  key={`${column.group}-${column.label}`}
                  value={column.value(total)}
                  className={cn((i === 0 || columns[i - 1]!.group !== column.group) && "border-l")}
                />
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** Columns worth showing: a group stays when `keep` says so or when any row has a count in it. */
export function visibleColumns(columns: UsageColumn[], rows: UsageRow[], keep: (group: string) => boolean): UsageColumn[] {
  const used = new Set(columns.filter((c) => rows.some((row) => c.value(row) !== 0)).map((c) => c.group));
  return columns.filter((c) => keep(c.group) || used.has(c.group));
}
