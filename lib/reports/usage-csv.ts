import Papa from "papaparse";
import { CSV_COLUMNS } from "./usage-columns";
import type { UsageReport } from "./usage-report-data";

/** The report as CSV: a row per row of the page's tables (the total last, for staff), every column of them. */
export function usageCsv(report: UsageReport): string {
  const rows = report.total ? [...report.rows, report.total] : report.rows;
  return Papa.unparse(
    {
      fields: ["Month", "Sub-account", ...CSV_COLUMNS.map((c) => c.header)],
      data: rows.map((row) => [report.month, row.name, ...CSV_COLUMNS.map((c) => c.value(row))]),
    },
    // Sub-account names are typed by people: one starting with "=", "+", "-" or "@" must
    // not become a formula when the file is opened in a spreadsheet.
    { escapeFormulae: true },
  );
}
