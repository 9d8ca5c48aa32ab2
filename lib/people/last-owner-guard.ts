import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * Inside the transaction that demotes or removes an owner: locks the organization's row,
 * so two such changes run one after the other, then refuses if no other owner would be
 * left. Without the lock two owners demoting each other at once would both see the other.
 */
export async function assertAnotherOwnerRemains(tx: Prisma.TransactionClient, organizationId: string, leavingUserId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
  const others = await tx.membership.count({ where: { organizationId, role: "owner", userId: { not: leavingUserId } } });
  if (others === 0) {
    throw new AppError("CONFLICT", "This is the organization's last owner. Make someone else an owner first.");
  }
}
