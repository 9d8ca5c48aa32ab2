import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertRole, assertStaff } from "@/lib/tenancy/require-membership";
import type { Tenant } from "@/lib/tenancy/tenant";
import { withholdInvitationLinks } from "@/lib/people/invitation-mail";
import { mailSettings } from "./mail-settings";
import { MAX_SEND_ATTEMPTS } from "./send-pending-mail";

export const OUTBOX_PAGE_SIZE = 25;

/** The page number from the address; anything unreadable is the first page. */
export const OutboxPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export interface OutboxMailRow {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  gaveUp: boolean;
}

export interface OutboxPage {
  mails: OutboxMailRow[];
  page: number;
  pageCount: number;
  total: number;
  /** False on the embedded default: mails are kept here and not sent. */
  smtpConfigured: boolean;
}

/**
 * The organization's mails, newest first, for its admins and owners: they hold other
 * people's addresses, so a reseller's user gets "not found" and staff below admin are refused.
 * Invitation links are withheld (withholdInvitationLinks).
 */
export async function listOutboxMail(tenant: Tenant, unverifiedPage: unknown): Promise<OutboxPage> {
  assertStaff(tenant);
  assertRole(tenant, "admin");
  const where = { organizationId: tenant.organizationId };
  const total = await db().outboxMail.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(OutboxPageSchema.parse(unverifiedPage), pageCount);
  const rows = await db().outboxMail.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
    select: { id: true, toAddress: true, subject: true, textBody: true, createdAt: true, sentAt: true, attempts: true, lastError: true },
  });
  return {
    mails: rows.map((row) => ({ ...row, textBody: withholdInvitationLinks(row.textBody), gaveUp: row.sentAt === null && row.attempts >= MAX_SEND_ATTEMPTS })),
    page,
    pageCount,
    total,
    smtpConfigured: mailSettings() !== null,
  };
}
