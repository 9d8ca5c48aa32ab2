import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { jsonParam } from "@/lib/db/query-sql";
import { redactForAudit } from "./audit-change";

export interface AuditEntry {
  /** One of AUDIT_ACTIONS (audit-actions.ts), which says it in words and files it in a category. */
  action: string;
  organizationId?: string | null;
  actorUserId?: string | null;
  targetType?: string;
  targetId?: string;
  /**
   * The fields the action concerns, as they were and as they are now. Secret fields may be
   * passed with their new value or `true`/`false`: they are stored as "(changed)" or
   * "(unchanged)" and never kept in `before` (audit-change.ts).
   */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  ipAddress?: string | null;
}

type Writer = Pick<Prisma.TransactionClient, "auditLog">;

export async function recordAudit(entry: AuditEntry, tx: Writer = db()): Promise<void> {
  await tx.auditLog.create({ data: auditRow(entry) });
}

/**
 * The entry as an INSERT for a statement that writes what it audits in the same round trip
 * (placing an order: see submit-order.ts). `when` is a CTE of the statement: the entry is
 * written only if that CTE returned a row.
 */
export function auditInsertSql(entry: AuditEntry, when: string): Prisma.Sql {
  const row = auditRow(entry);
  return Prisma.sql`
    INSERT INTO "AuditLog" ("id", "organizationId", "actorUserId", "action", "targetType", "targetId", "before", "after", "ipAddress")
    SELECT ${`aud_${crypto.randomUUID()}`}, ${row.organizationId}, ${row.actorUserId}, ${row.action}, ${row.targetType ?? null}, ${row.targetId ?? null},
      ${jsonParam(row.before)}::jsonb, ${jsonParam(row.after)}::jsonb, ${row.ipAddress}
    FROM ${Prisma.raw(`"${when.replace(/"/g, "")}"`)}`;
}

/** Every entry's row, secrets redacted: the one way an entry reaches the database. */
function auditRow(entry: AuditEntry) {
  return {
    action: entry.action,
    organizationId: entry.organizationId ?? null,
    actorUserId: entry.actorUserId ?? null,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before === undefined ? undefined : (redactForAudit(entry.before, "before") as Prisma.InputJsonValue),
    after: entry.after === undefined ? undefined : (redactForAudit(entry.after, "after") as Prisma.InputJsonValue),
    ipAddress: entry.ipAddress ?? null,
  };
}
