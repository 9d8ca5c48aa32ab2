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
