import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";

export interface AuditEntry {
  action: string;
  organizationId?: string | null;
  actorUserId?: string | null;
  targetType?: string;
  targetId?: string;
  /** Never secrets: callers pass what changed with credentials replaced by "(changed)". */
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ipAddress?: string | null;
}

type Writer = Pick<Prisma.TransactionClient, "auditLog">;

export async function recordAudit(entry: AuditEntry, tx: Writer = db()): Promise<void> {
  await tx.auditLog.create({
    data: {
      action: entry.action,
      organizationId: entry.organizationId ?? null,
      actorUserId: entry.actorUserId ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before,
      after: entry.after,
      ipAddress: entry.ipAddress ?? null,
    },
  });
}
