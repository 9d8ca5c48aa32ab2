import { csvHeaderLine, csvRowLines } from "@/lib/csv/csv-lines";
import type { AuditEntryRow } from "./list-audit-entries";
import { changesAsText } from "./describe-changes";

// The audit trail as CSV, written batch by batch (lib/csv/csv-lines.ts keeps typed text
// from becoming a spreadsheet formula).

export const AUDIT_CSV_FIELDS = ["time", "actorEmail", "actorName", "action", "actionCode", "target", "targetId", "changes", "address"] as const;

export function auditCsvHeader(): string {
  return csvHeaderLine(AUDIT_CSV_FIELDS);
}

export function auditCsvRows(entries: AuditEntryRow[]): string {
  return csvRowLines(
    entries.map((entry) => [
      entry.createdAt.toISOString(),
      entry.actor?.email ?? "",
      entry.actor?.name ?? "",
      entry.actionLabel,
      entry.action,
      entry.target?.label ?? "",
      entry.target?.id ?? "",
      changesAsText(entry.changes),
      entry.ipAddress ?? "",
    ]),
  );
}
