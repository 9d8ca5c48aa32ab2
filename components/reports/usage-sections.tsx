import type { ReactNode } from "react";
import { BILLED_COLUMNS, HELD_COLUMNS, ORDER_COLUMNS, PRODUCT_NAMES } from "@/lib/reports/usage-columns";
import type { UsageReport } from "@/lib/reports/usage-report-data";
import { UsageTable, visibleColumns } from "./usage-table";

/** The two products always have their columns; numbers without a recorded product only when there are some. */
const keepProduct = (group: string) => group !== PRODUCT_NAMES.other;

function Section({ id, title, children, note }: { id: string; title: string; note: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="max-w-3xl text-sm text-muted-foreground">{note}</p>
      {children}
    </section>
  );
}

/** The report's three tables: numbers at the month's end, what changes a bill, and the orders placed. */
export function UsageSections({ report, monthName }: { report: UsageReport; monthName: string }) {
  const all = report.total ? [...report.rows, report.total] : report.rows;
  const orderColumns = visibleColumns(ORDER_COLUMNS, all, () => false);
  const heldTitle = report.current ? "Numbers now" : `Numbers at the end of ${monthName}`;
  const heldNote = `${
    report.current
      ? "Each number's status as it stands now"
      : "Each number's status at midnight UTC at the end of the month, worked out from the orders that touched it (the portal stores only a number's latest status)"
  }, for the sub-account whose inventory it is in. Pending counts installs and ports Lumen has not completed; a number whose disconnect Lumen has not completed is still in service and counts as active. Disconnected counts the numbers disconnected and not brought back since; a number whose port was cancelled or refused never came in and is not counted.`;

  return (
    <>
      <Section
        id="usage-held"
        title={heldTitle}
        note={heldNote}
      >
        <UsageTable caption={heldTitle} columns={visibleColumns(HELD_COLUMNS, all, keepProduct)} rows={report.rows} total={report.total} />
      </Section>
      <Section
        id="usage-billed"
        title={`Billable in ${monthName}`}
        note="Active numbers at the month's end, and the numbers whose install, port or disconnect Lumen completed in the month, whenever the order was placed."
      >
        <UsageTable caption={`Billable in ${monthName}`} columns={visibleColumns(BILLED_COLUMNS, all, keepProduct)} rows={report.rows} total={report.total} />
      </Section>
      <Section
        id="usage-orders"
        title={`Orders placed in ${monthName}`}
        note="Counted for the sub-account that placed them, with their outcome as it stands now. Only order types placed this month are shown; the CSV has every type."
      >
        {orderColumns.length === 0 ? (
          <p className="rounded-lg border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">No order was placed in {monthName}.</p>
        ) : (
          <UsageTable caption={`Orders placed in ${monthName}, by type and outcome`} columns={orderColumns} rows={report.rows} total={report.total} />
        )}
      </Section>
    </>
  );
}
