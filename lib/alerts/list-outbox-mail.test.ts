import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { tenantFor } from "@/test/order-fixtures";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { inviteMember } from "@/lib/people/invite-member";
import { listOutboxMail, OUTBOX_PAGE_SIZE } from "./list-outbox-mail";

// The outbox page's data: the organization's own mails, for its admins and owners only.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
let otherOrg: Org;
let subAccountId: string;

beforeAll(async () => {
  org = await createTestOrganization("outbox-list");
  otherOrg = await createTestOrganization("outbox-list-other");
  subAccountId = (await testDb.subAccount.create({ data: { organizationId: org.id, name: "Reseller", customerServiceNames: [] } })).id;
  const base = Date.now() - 3600_000;
  await testDb.outboxMail.createMany({
    data: Array.from({ length: OUTBOX_PAGE_SIZE + 5 }, (_, i) => ({
      organizationId: org.id,
      dedupeKey: `list:${randomUUID()}`,
      toAddress: `user${i}@test.example`,
      subject: `Mail ${i}`,
      textBody: `Body ${i}`,
      createdAt: new Date(base + i * 1000),
    })),
  });
  await testDb.outboxMail.create({ data: { organizationId: otherOrg.id, dedupeKey: `list:${randomUUID()}`, toAddress: "other@test.example", subject: "Theirs", textBody: "x" } });
});

const refusal = (work: Promise<unknown>) => work.then(() => null, (error: unknown) => (error instanceof AppError ? error.code : error));

describe(`the outbox page's data (${inject("databaseKind")})`, () => {
  it.each(["admin", "owner"] as const)("lists the organization's own mails, newest first and paged, to the %s", async (role) => {
    const { tenant } = await tenantFor(org, role);
    const first = await listOutboxMail(tenant, undefined);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: OUTBOX_PAGE_SIZE + 5, smtpConfigured: false });
    expect(first.mails).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(first.mails[0]).toMatchObject({ subject: `Mail ${OUTBOX_PAGE_SIZE + 4}`, textBody: `Body ${OUTBOX_PAGE_SIZE + 4}`, sentAt: null, attempts: 0, gaveUp: false });

    const second = await listOutboxMail(tenant, "2");
    expect(second.mails.map((mail) => mail.subject)).toEqual(["Mail 4", "Mail 3", "Mail 2", "Mail 1", "Mail 0"]);
    expect(second.mails.some((mail) => mail.subject === "Theirs")).toBe(false);
    expect((await listOutboxMail(tenant, "99")).page).toBe(2);
    expect((await listOutboxMail(tenant, "not a page")).page).toBe(1);
  });

  it("withholds invitation links: an admin cannot take an owner's invitation from it", async () => {
    const owner = await tenantFor(org, "owner");
    const sent = await inviteMember(owner.tenant, { email: `next-owner-${randomUUID().slice(0, 8)}@test.example`, role: "owner" });
    const token = sent.link.split("/invite/")[1]!;
    // The mail sent to the invitee keeps its link.
    expect((await testDb.outboxMail.findUniqueOrThrow({ where: { dedupeKey: `invitation:${sent.id}` } })).textBody).toContain(sent.link);

    const { tenant } = await tenantFor(org, "admin");
    const listed = (await listOutboxMail(tenant, undefined)).mails.find((mail) => mail.toAddress === sent.email)!;
    expect(listed.subject).toMatch(/^You are invited to /);
    expect(listed.textBody).not.toContain(token);
    expect(listed.textBody).toContain("/invite/(link withheld: only the invitee's mail carries it)");
  });

  it.each(["operator", "viewer"] as const)("refuses the %s", async (role) => {
    const { tenant } = await tenantFor(org, role);
    expect(await refusal(listOutboxMail(tenant, undefined))).toBe("FORBIDDEN");
  });

  it("answers a reseller's user, even an admin, as if there were no outbox", async () => {
    const { tenant } = await tenantFor(org, "admin", subAccountId);
    expect(await refusal(listOutboxMail(tenant, undefined))).toBe("NOT_FOUND");
  });
});
