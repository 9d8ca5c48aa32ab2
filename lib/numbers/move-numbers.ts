import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import { countHeldAndComingNumbers, HELD_STATUSES } from "@/lib/sub-accounts/held-numbers";
import { overLimitMessage } from "@/lib/sub-accounts/over-limit-message";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import type { Prisma } from "@/lib/db/generated/client";
import type { LumenClient } from "@/lib/lumen/client";
import { MoveNumbersSchema } from "./move-numbers-schema";
import { findNumbersAtLumen, MAX_UNRECORDED_EXCHANGES, mirrorRowFromLumen } from "./numbers-at-lumen";

export interface MoveNumbersResult {
  moved: number;
  subAccount: { id: string; name: string } | null;
}

/**
 * The partner's staff (operator and up) hand numbers to a sub-account, to another, or back
 * to the partner itself. Every number must be the organization's; the target's limit on
 * numbers held counts the ones it would gain. Which reseller holds a number is the portal's
 * own record. A number the portal never ordered on (held from before the portal, or
 * ordered elsewhere) is first looked up at Lumen, and recorded as Lumen reports it, so a
 * partner can hand its existing inventory to its resellers.
 */
export async function moveNumbers(
  tenant: Tenant,
  input: unknown,
  ipAddress: string | null = null,
  options: { client?: LumenClient } = {},
): Promise<MoveNumbersResult> {
  assertStaff(tenant);
  assertRole(tenant, "operator");
  const { tns, subAccountId } = MoveNumbersSchema.parse(input);
  // Asked before the transaction: no transaction waits on Lumen.
  const fromLumen = await lookUpUnrecorded(tenant, tns, options);

  return db().$transaction(async (tx) => {
    if (fromLumen.length > 0) await tx.telephoneNumber.createMany({ data: fromLumen, skipDuplicates: true });
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
      throw notInInventory(unknown);
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

/** Mirror rows for the numbers the portal has no record of, as Lumen reports them; refuses any Lumen does not hold. */
async function lookUpUnrecorded(tenant: Tenant, tns: string[], options: { client?: LumenClient }): Promise<Prisma.TelephoneNumberCreateManyInput[]> {
  const recorded = await db().telephoneNumber.findMany({ where: { organizationId: tenant.organizationId, tn: { in: tns } }, select: { tn: true } });
  const known = new Set(recorded.map((row) => row.tn));
  const unrecorded = tns.filter((tn) => !known.has(tn));
  if (unrecorded.length === 0) return [];
  const exchanges = new Set(unrecorded.map((tn) => tn.slice(0, 6))).size;
  if (exchanges > MAX_UNRECORDED_EXCHANGES) {
    throw new AppError(
      "VALIDATION_FAILED",
      `${unrecorded.length} of these numbers are new to the portal and come from ${exchanges} exchanges (NPA-NXX), each looked up at Lumen: move those of at most ${MAX_UNRECORDED_EXCHANGES} exchanges at a time.`,
    );
  }
  const atLumen = await findNumbersAtLumen(tenant, unrecorded, options);
  const absent = unrecorded.filter((tn) => !atLumen.has(tn));
  if (absent.length > 0) throw notInInventory(absent);
  return unrecorded.map((tn) => mirrorRowFromLumen(tenant.organizationId, tn, atLumen.get(tn)!));
}

function notInInventory(tns: string[]): AppError {
  const shown = tns.slice(0, 5).join(", ") + (tns.length > 5 ? ` and ${tns.length - 5} more` : "");
  return new AppError("NOT_FOUND", `These numbers are not in this organization's inventory: ${shown}.`, {
    fieldErrors: { tns: [`Not in this organization's inventory: ${shown}.`] },
  });
}
