import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { POST as replay } from "@/app/api/orgs/[org]/notifications/[id]/replay/route";
import { createTestOrganization, createTestUser, requestAs, routeParams, testDb } from "@/test/fixtures";
import { ingestNotification } from "./ingest-notification";

// Replay through the real route handler: only the organization's own admins and owners
// may, a notification that waited for its order is applied once the order is known, and
// replaying one already applied leaves the order and its timeline exactly as they were.

type Org = Awaited<ReturnType<typeof createTestOrganization>>;
let org: Org;
let otherOrg: Org;
const users: Record<string, string> = {};
const run = randomUUID().slice(0, 6).toUpperCase();

async function createOrder(voiceOrderId: string | null) {
  return testDb.order.create({
    data: {
      organizationId: org.id,
      type: "reserve",
      status: "accepted",
      idempotencyKey: `key-${randomUUID()}`,
      externalOrderId: `ext-${randomUUID()}`,
      voiceOrderId,
      request: {},
    },
  });
}

async function receive(target: Org, voiceOrderId: string, code: number, lumenCreatedAt = new Date()) {
  const notification = { customerNumber: target.customerNumber, voiceOrderId, notificationCode: code, notificationMessage: `Message ${code}`, lumenCreatedAt };
  return ingestNotification({ organizationId: target.id, source: "webhook", rawBody: `<PartnerNotification><orderNumber>${voiceOrderId}</orderNumber></PartnerNotification>`, notification });
}

const post = async (userId: string | null, orgSlug: string, id: string) => {
  const response = await replay((await requestAs(userId, `/api/orgs/${orgSlug}/notifications/${id}/replay`, { method: "POST" })) as never, routeParams({ org: orgSlug, id }) as never);
  return { status: response.status, body: await response.json() };
};

/** Everything a replay could touch on an order: the row and its timeline. */
const orderState = async (orderId: string) => ({
  order: await testDb.order.findUniqueOrThrow({ where: { id: orderId } }),
  events: await testDb.orderEvent.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } }),
});

const replayAudits = (notificationId: string) => testDb.auditLog.findMany({ where: { action: "notification.replay", targetId: notificationId } });

beforeAll(async () => {
  org = await createTestOrganization("replay");
  otherOrg = await createTestOrganization("replayother");
  const subAccount = await testDb.subAccount.create({ data: { organizationId: org.id, name: `Reseller ${run}`, customerServiceNames: [] } });
  for (const role of ["owner", "admin", "operator", "viewer"] as const) users[role] = (await createTestUser(org.id, role)).id;
  users.resellerAdmin = (await createTestUser(org.id, "admin", { subAccountId: subAccount.id })).id;
  users.otherOwner = (await createTestUser(otherOrg.id, "owner")).id;
});

describe(`POST /api/orgs/[org]/notifications/[id]/replay (${inject("databaseKind")})`, () => {
  it("applies a notification that matched no order once the order has its voice order ID, and audits it", async () => {
    const voiceOrderId = `VO-${run}-LATE`;
    // Lumen's answer to the order was lost: the order has no voice order ID when 10002 arrives.
    const order = await createOrder(null);
    const waiting = await receive(org, voiceOrderId, 10002);
    expect(waiting.outcome).toBe("unmatched");
    await testDb.order.update({ where: { id: order.id }, data: { voiceOrderId } });

    const { status, body } = await post(users.admin!, org.slug, waiting.notificationId);
    expect(status).toBe(200);
    expect(body.replay).toEqual({ notificationId: waiting.notificationId, previousOutcome: "unmatched", outcome: "applied", orderId: order.id });

    const after = await orderState(order.id);
    expect(after.order.status).toBe("completed");
    expect(after.events.filter((event) => event.kind === "notification")).toMatchObject([{ lumenCode: 10002, status: "completed" }]);
    expect(await testDb.notification.findUniqueOrThrow({ where: { id: waiting.notificationId } })).toMatchObject({ outcome: "applied", orderId: order.id });
    expect(await replayAudits(waiting.notificationId)).toMatchObject([
      { organizationId: org.id, actorUserId: users.admin, targetType: "Notification", before: { outcome: "unmatched", orderId: null }, after: { outcome: "applied", orderId: order.id } },
    ]);
  });

  it("changes nothing when the notification was already applied", async () => {
    const order = await createOrder(`VO-${run}-DONE`);
    const progress = await receive(org, order.voiceOrderId!, 901, new Date(Date.now() - 60_000));
    const done = await receive(org, order.voiceOrderId!, 10002);
    expect([progress.outcome, done.outcome]).toEqual(["applied", "applied"]);
    const before = await orderState(order.id);
    expect(before.order.status).toBe("completed");

    for (const [userId, id] of [[users.owner!, progress.notificationId], [users.admin!, done.notificationId]] as const) {
      const { status, body } = await post(userId, org.slug, id);
      expect(status).toBe(200);
      expect(body.replay).toMatchObject({ previousOutcome: "applied", outcome: "applied", orderId: order.id });
    }
    // The older 901 replayed after 10002 does not move the order back; neither adds to the timeline.
    expect(await orderState(order.id)).toEqual(before);
  });

  it("refuses an operator and a viewer with 403 and replays nothing", async () => {
    const waiting = await receive(org, `VO-${run}-ROLE`, 901);
    const order = await createOrder(`VO-${run}-ROLE`);
    for (const role of ["operator", "viewer"]) {
      const { status, body } = await post(users[role]!, org.slug, waiting.notificationId);
      expect(status, role).toBe(403);
      expect(body.error.code).toBe("FORBIDDEN");
    }
    expect((await testDb.notification.findUniqueOrThrow({ where: { id: waiting.notificationId } })).outcome).toBe("unmatched");
    expect((await orderState(order.id)).order.status).toBe("accepted");
    expect(await replayAudits(waiting.notificationId)).toEqual([]);
  });

  it("refuses a reseller's admin as for a page it has no access to (404)", async () => {
    const waiting = await receive(org, `VO-${run}-RESELLER`, 901);
    const { status, body } = await post(users.resellerAdmin!, org.slug, waiting.notificationId);
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
    expect(await replayAudits(waiting.notificationId)).toEqual([]);
  });

  it("answers 404 for another organization's notification, an unknown id and a stranger, and 401 to nobody", async () => {
    const theirs = await receive(otherOrg, `VO-${run}-OTHER`, 901);
    expect((await post(users.owner!, org.slug, theirs.notificationId)).status).toBe(404);
    expect((await post(users.owner!, org.slug, "ntf_no-such-notification")).status).toBe(404);
    expect((await post(users.otherOwner!, org.slug, theirs.notificationId)).status).toBe(404);
    expect((await post(null, otherOrg.slug, theirs.notificationId)).status).toBe(401);
    expect(await replayAudits(theirs.notificationId)).toEqual([]);
    // Their own owner may.
    expect((await post(users.otherOwner!, otherOrg.slug, theirs.notificationId)).status).toBe(200);
  });
});
