import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import { countHeldAndComingNumbers, HELD_STATUSES, overLimitMessage } from "@/lib/sub-accounts/held-numbers";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { MoveNumbersSchema } from "./move-numbers-schema";

export interface MoveNumbersResult {
  moved: number;
  subAccount: { id: string; name: string } | null;
}

/**
 * The partner's staff (operator and up) hand numbers to a sub-account, to another, or back
 * to the partner itself. Every number must be the organization's; the target's limit on
 * numbers held counts the ones it would gain. Lumen is not involved: which reseller holds a
 * number is the portal's own record.
 */
export async function moveNumbers(tenant: Tenant, input: unknown, ipAddress: string | null = null): Promise<MoveNumbersResult> {
  assertStaff(tenant);
  assertRole(tenant, "operator");
  const { tns, subAccountId } = MoveNumbersSchema.parse(input);

  return db().$transaction(async (tx) => {
    // The target's row is locked, so two moves into one sub-account cannot both pass its limit.
    const [target] = subAccountId
      ? await tx.$queryRaw<Array<{ id: string; name: string; maxNumbers: number | null }>>`
          SELECT "id", "name", "maxNumbers" FROM "SubAccount"
          WHERE "id" = ${subAccountId} AND "organizationId" = ${tenant.organizationId}
          FOR UPDATE`
      : [null];
    if (subAccountId && !target) throw notFoundError("This sub-account");

    const rows = await tx.telephoneNumber.findMany({
      where: { organizationId: tenant.organizationId, tn: { in: tns } },
      select: { id: true, tn: true, status: true, subAccountId: true, subAccount: { select: { name: true } } },
      // In number order, so the audit entry reads the same however the rows come back.
      orderBy: { tn: "asc" },
    });
    const found = new Set(rows.map((row) => row.tn));
    const unknown = tns.filter((tn) => !found.has(tn));
    if (unknown.length > 0) {
      const shown = unknown.slice(0, 5).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
      throw new AppError("NOT_FOUND", `These numbers are not in this organization's inventory: ${shown}.`, {
        fieldErrors: { tns: [`Not in this organization's inventory: ${shown}.`] },
      });
    }

    const moving = rows.filter((row) => row.subAccountId !== (target?.id ?? null));
    if (target?.maxNumbers != null) {
      const gaining = moving.filter((row) => HELD_STATUSES.includes(row.status)).length;
      const held = await countHeldAndComingNumbers(target.id, tx);
      if (held + gaining > target.maxNumbers) {
        throw new AppError("FORBIDDEN", overLimitMessage(target.name, held, gaining, target.maxNumbers), {
          details: { held, maxNumbers: target.maxNumbers, adding: gaining },
        });
      }
    }
    if (moving.length === 0) return { moved: 0, subAccount: target ? { id: target.id, name: target.name } : null };

    await tx.telephoneNumber.updateMany({ where: { id: { in: moving.map((row) => row.id) } }, data: { subAccountId: target?.id ?? null } });
    const fromNames = [...new Set(moving.map((row) => row.subAccount?.name ?? "the partner itself"))].sort();
    await recordAudit(
      {
        action: "number.move",
        organizationId: tenant.organizationId,
        actorUserId: tenant.userId,
        targetType: "SubAccount",
        targetId: target?.id ?? undefined,
        before: { subAccount: fromNames },
        after: { subAccount: target?.name ?? "the partner itself", telephoneNumbers: moving.map((row) => row.tn) },
        ipAddress,
      },
      tx,
    );
    return { moved: moving.length, subAccount: target ? { id: target.id, name: target.name } : null };
  });
}
