import "server-only";
import { db } from "@/lib/db/client";
import type { Tenant } from "@/lib/tenancy/tenant";
import { assertCanSeePeople } from "./people-access";

/** Members with what an admin needs to know about them, and the invitations still open. */
export async function listPeople(tenant: Tenant) {
  assertCanSeePeople(tenant);
  const [memberships, invitations] = await Promise.all([
    db().membership.findMany({
      where: { organizationId: tenant.organizationId },
      select: {
        id: true,
        role: true,
        userId: true,
        user: { select: { name: true, email: true, totpEnabledAt: true } },
        subAccount: { select: { id: true, name: true } },
      },
      orderBy: [{ role: "desc" }, { user: { name: "asc" } }],
    }),
    db().invitation.findMany({
      where: { organizationId: tenant.organizationId, acceptedAt: null, revokedAt: null },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, subAccount: { select: { id: true, name: true } } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  // The audit trail is the record of sign-ins; users who never signed in have none.
  const signIns = await db().auditLog.groupBy({
    by: ["actorUserId"],
    where: { action: "auth.sign_in", actorUserId: { in: memberships.map((m) => m.userId) } },
    _max: { createdAt: true },
  });
  const lastSignIn = new Map(signIns.map((row) => [row.actorUserId, row._max.createdAt]));
  const now = Date.now();

  return {
    members: memberships.map((m) => ({
      id: m.id,
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      subAccount: m.subAccount,
      twoFactor: m.user.totpEnabledAt !== null,
      lastSignInAt: lastSignIn.get(m.userId) ?? null,
      isYou: m.userId === tenant.userId,
    })),
    invitations: invitations.map((i) => ({ ...i, expired: i.expiresAt.getTime() <= now })),
  };
}

export type PeopleList = Awaited<ReturnType<typeof listPeople>>;
