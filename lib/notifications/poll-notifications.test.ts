import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runPollJob } from "@/lib/jobs/poll-notifications-job";
import { submitOrder } from "@/lib/orders/submit-order";
import type { TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { businessDaysAhead, createSandboxOrganization, idempotencyKey, residentialLine, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { ingestNotification } from "./ingest-notification";
import { parsePartnerNotification } from "./parse-partner-notification";
import { pollOrganizationNotifications } from "./poll-notifications";

// The polling fallback against the real sandbox over HTTP: with the customer's webhook
// deliveries dropped, polling alone brings every notification in and finishes the
// orders; with the webhook working too, each notification is stored once; with Lumen
// down, nothing moves and nothing is lost, and the poll job backs off.

const CUSTOMER = "1-ABC-23";
let sandbox: TestSandbox;
let org: Awaited<ReturnType<typeof createSandboxOrganization>>;
let operator: Awaited<ReturnType<typeof tenantFor>>;

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  org = await createSandboxOrganization(sandbox, "acme");
  operator = await tenantFor(org, "operator");
  // Deliveries are logged (with their XML) but never sent: the webhook "drops" them all.
  const webhook = await sandbox.admin("PUT", `/customers/${CUSTOMER}/webhook`, {
    url: "http://127.0.0.1:9/voice/notifications",
    auth: { type: "basic", username: "lumen-acme", password: "acme-webhook-password" },
  });
  expect(webhook.status).toBe(200);
  expect((await sandbox.admin("POST", "/faults", { kind: "drop-webhooks", pattern: CUSTOMER })).status).toBe(201);
});
afterAll(() => sandbox.close());

const place = async (input: object) => {
  const { orderId } = await submitOrder(operator.tenant, { idempotencyKey: idempotencyKey(), ...input });
  const order = await testDb.order.findUniqueOrThrow({ where: { id: orderId } });
  expect(order.status).toBe("accepted");
  return order;
};

/** What Lumen holds for the customer, as GET notifications lists it. */
async function lumenNotifications(voiceOrderIds: string[]) {
  const reply = await sandbox.voice("GET", "/Numbers/notifications", { token: await sandbox.token("acme"), customer: CUSTOMER });
  expect(reply.status).toBe(200);
  return (reply.body.notifications as Array<{ voiceOrderId: string }>).filter((n) => voiceOrderIds.includes(n.voiceOrderId));
}

const storedFor = (voiceOrderIds: string[]) =>
  testDb.notification.findMany({ where: { organizationId: org.id, voiceOrderId: { in: voiceOrderIds } }, orderBy: { lumenCreatedAt: "asc" } });

const cursor = async () => (await testDb.organization.findUniqueOrThrow({ where: { id: org.id } })).notificationsPolledUntil;

describe(`polling GET notifications (${inject("databaseKind")})`, () => {
  it("brings every notification in by polling alone while webhooks are dropped, and finishes each order", async () => {
    const reserve = await place({ type: "reserve", request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 3 }] } });
    const install = await place({
      type: "install",
      request: { orderType: "NEW", productID: "2036", tnList: ["3039740003"], subscriberLines: [residentialLine] },
    });
    const port = await place({
      type: "port",
      request: {
        orderType: "LNP",
        productID: "2036",
        tnList: ["7205550177"],
        subscriberLines: [residentialLine],
        customerRequestDate: businessDaysAhead(5),
        billingTelephoneNumber: "7205550177",
        loaName: "Ada Byron",
        loaReceived: "Y",
        loaDateTime: `${new Date(Date.now() - 86_400_000).toISOString().slice(0, 19)}Z`,
        losingCarrierAccountNumber: "ACCT-1",
        losingCarrierPin: "1234",
        losingCarrierWirelessLnp: "N",
      },
    });
    const voiceOrderIds = [reserve, install, port].map((o) => o.voiceOrderId!);

    // Polled along the way, as the job would: after the installs, the reservation, the FOC, the port.
    for (const step of [{ minutes: 3 }, { minutes: 4 }, { minutes: 6 }, { days: 10 }]) {
      await sandbox.advance(step);
      expect(await pollOrganizationNotifications(org.id)).toMatchObject({ status: "polled" });
    }

    const statusOf = async (id: string) => (await testDb.order.findUniqueOrThrow({ where: { id } })).status;
    expect([await statusOf(reserve.id), await statusOf(install.id), await statusOf(port.id)]).toEqual(["completed", "completed", "completed"]);

    const atLumen = await lumenNotifications(voiceOrderIds);
    const stored = await storedFor(voiceOrderIds);
    expect(atLumen.length).toBeGreaterThanOrEqual(8);
    expect(stored).toHaveLength(atLumen.length);
    expect(new Set(stored.map((n) => n.dedupeKey)).size).toBe(stored.length);
    expect(stored.every((n) => n.source === "poll" && n.deliveries === 1 && n.outcome === "applied")).toBe(true);
    expect(JSON.parse(stored[0]!.rawBody)).toMatchObject({ customerNumber: CUSTOMER, createdAt: expect.any(String) });
    expect(stored.find((n) => n.notificationCode === 903)?.focDate).toBeInstanceOf(Date);
    expect((await testDb.order.findUniqueOrThrow({ where: { id: port.id } })).focDate).toBeInstanceOf(Date);

    // The completed reservation's numbers are mirrored from Lumen's reserved inventory.
    const reserved = await testDb.orderTelephoneNumber.findMany({ where: { orderId: reserve.id }, include: { telephoneNumber: true } });
    expect(reserved).toHaveLength(3);
    expect(reserved.every((n) => n.telephoneNumber.status === "reserved" && n.telephoneNumber.rateCenter === "OMAHA")).toBe(true);

    // The cursor is Lumen's time of the latest notification; a poll reading the overlap again stores nothing twice.
    const until = await cursor();
    expect(until?.getTime()).toBe(Math.max(...stored.map((n) => n.lumenCreatedAt!.getTime())));
    expect(await pollOrganizationNotifications(org.id)).toMatchObject({ status: "polled", ingested: 0, polledUntil: null });
    expect((await storedFor(voiceOrderIds)).map((n) => n.deliveries)).toEqual(stored.map(() => 1));
    expect(await cursor()).toEqual(until);
  });

  it("stores a notification that came by webhook and by poll once, counting both deliveries", async () => {
    const install = await place({
      type: "install",
      request: { orderType: "NEW", productID: "2036", tnList: ["3039740004"], subscriberLines: [residentialLine] },
    });
    await sandbox.advance({ minutes: 3 });

    const log = await sandbox.admin("GET", `/webhooks/deliveries?customerNumber=${CUSTOMER}`);
    const deliveries = (log.body.deliveries as Array<{ voiceOrderId: string; status: string; xml: string }>).filter((d) => d.voiceOrderId === install.voiceOrderId);
    expect(deliveries.map((d) => d.status)).toEqual(["dropped", "dropped"]);
    for (const { xml } of deliveries) {
      await ingestNotification({ organizationId: org.id, source: "webhook", rawBody: xml, notification: parsePartnerNotification(xml) });
    }
    await pollOrganizationNotifications(org.id);

    const stored = await storedFor([install.voiceOrderId!]);
    expect(stored.map((n) => [n.notificationCode, n.source, n.deliveries])).toEqual([
      [901, "webhook", 2],
      [902, "webhook", 2],
    ]);
    expect((await testDb.order.findUniqueOrThrow({ where: { id: install.id } })).status).toBe("completed");
  });

  it("loses nothing while Lumen is down, backs off, and brings everything once it answers", async () => {
    const install = await place({
      type: "install",
      request: { orderType: "NEW", productID: "2036", tnList: ["3039740005"], subscriberLines: [residentialLine] },
    });
    await sandbox.advance({ minutes: 3 });
    const fault = await sandbox.admin("POST", "/faults", { kind: "status", pattern: "/Voice/v1/Numbers/notifications", status: 503 });
    expect(fault.status).toBe(201);
    const before = await cursor();

    await expect(pollOrganizationNotifications(org.id)).rejects.toThrow();
    expect(await cursor()).toEqual(before);
    expect(await storedFor([install.voiceOrderId!])).toHaveLength(0);

    // The job's backoff: 1× the interval after success, then 2×, 4× after failures in a row.
    const interval = org.notificationPollSeconds;
    const first = await runPollJob({ organizationId: org.id, failuresInARow: 0 });
    expect(first).toMatchObject({ result: { status: "failed" }, next: { data: { failuresInARow: 1 }, delaySeconds: 2 * interval } });
    const second = await runPollJob(first.next!.data);
    expect(second).toMatchObject({ result: { status: "failed" }, next: { data: { failuresInARow: 2 }, delaySeconds: 4 * interval } });
    expect(await cursor()).toEqual(before);

    expect((await sandbox.admin("DELETE", `/faults/${fault.body.id}`)).status).toBe(204);
    const recovered = await runPollJob(second.next!.data);
    expect(recovered).toMatchObject({ result: { status: "polled", ingested: 2 }, next: { data: { failuresInARow: 0 }, delaySeconds: interval } });
    expect((await storedFor([install.voiceOrderId!])).map((n) => n.notificationCode)).toEqual([901, 902]);
    expect((await testDb.order.findUniqueOrThrow({ where: { id: install.id } })).status).toBe("completed");
    expect((await cursor())!.getTime()).toBeGreaterThan(before!.getTime());
  });

  it("ingests a page at once, yet moves the cursor only up to a notification the database refused", async () => {
    const [first, second] = [
      await place({ type: "install", request: { orderType: "NEW", productID: "2036", tnList: ["3039740006"], subscriberLines: [residentialLine] } }),
      await place({ type: "install", request: { orderType: "NEW", productID: "2036", tnList: ["3039740007"], subscriberLines: [residentialLine] } }),
    ];
    await sandbox.advance({ minutes: 3 });
    const voiceOrderIds = [first.voiceOrderId!, second.voiceOrderId!];
    const atLumen = (await lumenNotifications(voiceOrderIds)) as Array<{ voiceOrderId: string; notificationCode: number; createdAt: string }>;
    atLumen.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const refusedAt = atLumen.findIndex((n) => n.voiceOrderId === first.voiceOrderId && n.notificationCode === 902);
    expect(refusedAt).toBeGreaterThan(0);
    expect(refusedAt).toBeLessThan(atLumen.length - 1);

    // The database refuses that one notification, as it would a value it cannot store.
    await testDb.$executeRawUnsafe(`CREATE FUNCTION test_refuse_notification() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await testDb.$executeRawUnsafe(
      `CREATE TRIGGER test_refuse_notification BEFORE INSERT ON "Notification" FOR EACH ROW
       WHEN (NEW."voiceOrderId" = '${first.voiceOrderId}' AND NEW."notificationCode" = 902) EXECUTE FUNCTION test_refuse_notification()`,
    );
    try {
      await expect(pollOrganizationNotifications(org.id)).rejects.toThrow(/refused for the test/);
    } finally {
      await testDb.$executeRawUnsafe(`DROP TRIGGER test_refuse_notification ON "Notification"`);
      await testDb.$executeRawUnsafe(`DROP FUNCTION test_refuse_notification()`);
    }
    // Those before it and after it are stored; the cursor stops just before it.
    const stored = await storedFor(voiceOrderIds);
    expect(stored.map((n) => `${n.voiceOrderId}/${n.notificationCode}`).sort()).toEqual(
      atLumen.filter((_, i) => i !== refusedAt).map((n) => `${n.voiceOrderId}/${n.notificationCode}`).sort(),
    );
    expect((await cursor())!.getTime()).toBe(Date.parse(atLumen[refusedAt - 1]!.createdAt));

    // The next poll reads it again and finishes the order; nothing is stored twice.
    expect(await pollOrganizationNotifications(org.id)).toMatchObject({ status: "polled" });
    const after = await storedFor(voiceOrderIds);
    expect(after).toHaveLength(atLumen.length);
    expect(new Set(after.map((n) => n.dedupeKey)).size).toBe(atLumen.length);
    expect((await testDb.order.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("completed");
    expect((await cursor())!.getTime()).toBe(Date.parse(atLumen.at(-1)!.createdAt));
  });

  it("skips an organization without Lumen credentials, and its poll chain ends", async () => {
    const bare = await createTestOrganization("bare");
    expect(await pollOrganizationNotifications(bare.id)).toEqual({ status: "skipped", reason: "no_credentials" });
    expect(await runPollJob({ organizationId: bare.id, failuresInARow: 0 })).toMatchObject({ next: null });
  });
});
