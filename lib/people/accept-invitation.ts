import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { NewAccountSchema } from "@/lib/auth/account-schemas";
import { hashOneTimeToken, isWellFormedToken } from "@/lib/auth/one-time-token";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/tenancy/roles";

export type InvitationState = "open" | "expired" | "revoked" | "used" | "unknown";

export interface InvitationView {
  state: InvitationState;
  invitation: {
    email: string;
    role: Role;
    organizationName: string;
    organizationSlug: string;
    subAccountName: string | null;
    expiresAt: Date;
    /** An account with the invited e-mail exists: its owner signs in rather than signs up. */
    accountExists: boolean;
  } | null;
}

const INVITATION_FIELDS = {
  id: true,
  email: true,
  role: true,
  subAccountId: true,
  organizationId: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  organization: { select: { name: true, slug: true } },
  subAccount: { select: { name: true, suspendedAt: true } },
} as const;

type InvitationRow = Prisma.InvitationGetPayload<{ select: typeof INVITATION_FIELDS }>;

function stateOf(row: InvitationRow | null, now = Date.now()): InvitationState {
  if (!row) return "unknown";
  if (row.acceptedAt) return "used";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= now) return "expired";
  return "open";
}

/** What the invitation page shows for a link; details only while the link still works. */
export async function viewInvitation(token: unknown): Promise<InvitationView> {
  if (!isWellFormedToken(token)) return { state: "unknown", invitation: null };
  const row = await db().invitation.findUnique({ where: { tokenHash: hashOneTimeToken(token) }, select: INVITATION_FIELDS });
  const state = stateOf(row);
  if (state !== "open" || !row) return { state, invitation: null };
  const accountExists = (await db().user.count({ where: { email: row.email } })) > 0;
  return {
    state,
    invitation: {
      email: row.email,
      role: row.role,
      organizationName: row.organization.name,
      organizationSlug: row.organization.slug,
      subAccountName: row.subAccount?.name ?? null,
      expiresAt: row.expiresAt,
      accountExists,
    },
  };
}

const REFUSALS: Record<Exclude<InvitationState, "open">, string> = {
  unknown: "This invitation link is not valid. Ask the person who invited you for a new one.",
  expired: "This invitation has expired. Ask the person who invited you for a new one.",
  revoked: "This invitation was withdrawn. Ask the person who invited you if that is a mistake.",
  used: "This invitation has been used already. Sign in to reach the organization.",
};

/**
 * Claims the invitation inside the transaction: only one request can mark it accepted,
 * so a link clicked twice creates one membership.
 */
async function claim(tx: Prisma.TransactionClient, token: unknown): Promise<InvitationRow> {
  if (!isWellFormedToken(token)) throw new AppError("NOT_FOUND", REFUSALS.unknown);
  const row = await tx.invitation.findUnique({ where: { tokenHash: hashOneTimeToken(token) }, select: INVITATION_FIELDS });
  const state = stateOf(row);
  if (state !== "open" || !row) throw new AppError(state === "unknown" ? "NOT_FOUND" : "CONFLICT", REFUSALS[state as Exclude<InvitationState, "open">], { details: { state } });
  const { count } = await tx.invitation.updateMany({
    where: { id: row.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { acceptedAt: new Date() },
  });
  if (count !== 1) throw new AppError("CONFLICT", REFUSALS.used, { details: { state: "used" } });
  return row;
}

async function join(tx: Prisma.TransactionClient, row: InvitationRow, user: { id: string; email: string }, address: string | null) {
  const already = await tx.membership.findUnique({ where: { userId_organizationId: { userId: user.id, organizationId: row.organizationId } }, select: { id: true } });
  if (already) throw new AppError("CONFLICT", `You are a member of ${row.organization.name} already.`, { details: { orgSlug: row.organization.slug } });
  const membership = await tx.membership.create({
    data: { userId: user.id, organizationId: row.organizationId, role: row.role, subAccountId: row.subAccountId },
    select: { id: true, role: true },
  });
  await recordAudit(
    {
      action: "member.add",
      organizationId: row.organizationId,
      actorUserId: user.id,
      targetType: "user",
      targetId: user.id,
      after: { email: user.email, role: row.role, subAccount: row.subAccount?.name ?? null, invitation: row.id },
      ipAddress: address,
    },
    tx,
  );
  return { orgSlug: row.organization.slug, role: membership.role };
}

/** A signed-in user joins with one click; the invitation must be for their e-mail. */
export async function acceptInvitationAsUser(token: unknown, userId: string, address: string | null = null) {
  return db().$transaction(async (tx) => {
    const row = await claim(tx, token);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true } });
    if (user.email !== row.email) {
      throw new AppError("FORBIDDEN", `This invitation is for ${row.email}. Sign out and open the link again to accept it with that address.`);
    }
    return join(tx, row, user, address);
  });
}

/** Someone without an account creates one (name and password) and joins in the same step. */
export async function acceptInvitationWithNewAccount(token: unknown, input: unknown, address: string | null = null) {
  const values = NewAccountSchema.parse(input);
  const passwordHash = await hashPassword(values.password);
  return db().$transaction(async (tx) => {
    const row = await claim(tx, token);
    if (await tx.user.findUnique({ where: { email: row.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `An account for ${row.email} exists already: sign in with it, then open the link again.`, { details: { state: "sign_in" } });
    }
    const user = await tx.user.create({ data: { email: row.email, name: values.name, passwordHash }, select: { id: true, email: true } });
    return { ...(await join(tx, row, user, address)), email: user.email };
  });
}
