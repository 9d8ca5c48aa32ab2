import Papa from "papaparse";
import type { AuditEntryRow } from "./list-audit-entries";
import { changesAsText } from "./describe-changes";

// The audit trail as CSV, written batch by batch. Every cell comes from people (names,
// e-mail addresses, sub-account names, typed settings): one starting with "=", "+", "-",
// "@", a tab or a carriage return is prefixed with a quote so that a spreadsheet never
// runs it as a formula. Papa's own pattern for this misses a formula followed by a line
// break, so ours looks at the first character only.

const FORMULA_START = /^[=+\-@\t\r]/;

export const AUDIT_CSV_FIELDS = ["time", "actorEmail", "actorName", "action", "actionCode", "target", "targetId", "changes", "address"] as const;

export function auditCsvHeader(): string {
  return Papa.unparse({ fields: [...AUDIT_CSV_FIELDS], data: [] }, { escapeFormulae: FORMULA_START }).trimEnd() + "\r\n";
}

export function auditCsvRows(entries: AuditEntryRow[]): string {
  if (entries.length === 0) return "";
  const data = entries.map((entry) => [
    entry.createdAt.toISOString(),
    entry.actor?.email ?? "",
    entry.actor?.name ?? "",
    entry.actionLabel,
    entry.action,
    entry.target?.label ?? "",
    entry.target?.id ?? "",
    changesAsText(entry.changes),
    entry.ipAddress ?? "",
  ]);
  return Papa.unparse(data, { header: false, escapeFormulae: FORMULA_START }) + "\r\n";
}
