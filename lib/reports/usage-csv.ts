import { csvHeaderLine, csvRowLines } from "@/lib/csv/csv-lines";
import { CSV_COLUMNS } from "./usage-columns";
import type { UsageReport } from "./usage-report-data";

/**
 * The report as CSV: a row per row of the page's tables (the total last, for staff), every
 * column of them. Sub-account names are typed by people: csv-lines keeps them from becoming formulas.
 */
export function usageCsv(report: UsageReport): string {
  const rows = report.total ? [...report.rows, report.total] : report.rows;
  return (
    csvHeaderLine(["Month", "Sub-account", ...CSV_COLUMNS.map((c) => c.header)]) +
    csvRowLines(rows.map((row) => [report.month, row.name, ...CSV_COLUMNS.map((c) => c.value(row))]))
  );
}
