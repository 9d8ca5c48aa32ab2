import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { ROLE_LABELS, type Role } from "@/lib/tenancy/roles";

interface InvitationMail {
  invitationId: string;
  organizationId: string;
  organizationName: string;
  toAddress: string;
  role: Role;
  subAccountName: string | null;
  inviterName: string;
  link: string;
  expiresAt: Date;
}

const INVITATION_LINK = /\/invite\/[A-Za-z0-9_-]+/g;

/**
 * A mail's text with every invitation link withheld, as the Outbox page shows it. A link
 * is a live key to the role it invites to: the organization's admins read the outbox,
 * and an owner's invitation taken from there would make an admin an owner. The invitee's
 * own mail carries the link, and whoever invited saw it on screen.
 */
export function withholdInvitationLinks(text: string): string {
  return text.replace(INVITATION_LINK, "/invite/(link withheld: only the invitee's mail carries it)");
}

/** Queued in the outbox like every mail: sent by the mail job, or shown on the Outbox page without SMTP. */
export async function queueInvitationMail(tx: Pick<Prisma.TransactionClient, "outboxMail">, mail: InvitationMail): Promise<void> {
  const where = mail.subAccountName ? ` for the reseller account ${mail.subAccountName}` : "";
  await tx.outboxMail.create({
    data: {
      organizationId: mail.organizationId,
      dedupeKey: `invitation:${mail.invitationId}`,
      toAddress: mail.toAddress,
      subject: `You are invited to ${mail.organizationName} on Voice Portal`,
      textBody: [
        `${mail.inviterName} invited you to join ${mail.organizationName}${where} on Voice Portal as ${ROLE_LABELS[mail.role]}.`,
        "",
        `Accept the invitation: ${mail.link}`,
        "",
        `The link works once, until ${mail.expiresAt.toUTCString()}. If you did not expect it, ignore this mail.`,
      ].join("\n"),
    },
  });
}
