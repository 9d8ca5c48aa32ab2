import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queueNotPlacedAlert } from "@/lib/alerts/queue-alerts";
import { sealSecret } from "@/lib/crypto/secret-box";
import { refreshOrder } from "@/lib/orders/refresh-order";
import { submitOrder } from "@/lib/orders/submit-order";
import { APPS, type TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestOrganization, testDb } from "@/test/fixtures";
import { idempotencyKey, startSandboxAtNow, tenantFor } from "@/test/order-fixtures";
import { startJobRunner, type JobRunner } from "./job-runner";
import { POLL_QUEUE, startPollChain } from "./poll-notifications-job";
import { STUCK_AFTER_MS, sweepStuckOrders } from "./sweep-stuck-orders";

// The background jobs on pg-boss, on the test database (PGlite or PostgreSQL): two
// runners, as two portal instances would be, share one organization's polls without ever
// polling it twice at once; the sweep reconciles orders the engine left unfinished.
// The organization is the sandbox's Crimson Hold (every order accepted, then held), so
// no other test file's customer is touched.

const CUSTOMER = "3-CH-1807";
let sandbox: TestSandbox;
let org: { id: string; slug: string };

beforeAll(async () => {
  sandbox = await startSandboxAtNow();
  const created = await createTestOrganization("crimson");
  await testDb.organization.updateMany({ where: { customerNumber: CUSTOMER }, data: { customerNumber: `9-OLD-${randomUUID().slice(0, 8).toUpperCase()}` } });
  org = await testDb.organization.update({
    where: { id: created.id },
    data: {
      customerNumber: CUSTOMER,
      lumenBaseUrl: sandbox.url,
      clientIdEnc: sealSecret(APPS.reseller.clientId),
      clientSecretEnc: sealSecret(APPS.reseller.clientSecret),
      notificationPollSeconds: 1,
    },
  });
});
afterAll(() => sandbox.close());

interface JobRow {
  state: string;
  started_on: Date | null;
  completed_on: Date | null;
  output: { status?: string } | null;
}

describe(`background jobs (${inject("databaseKind")})`, () => {
  let runners: JobRunner[] = [];
  afterAll(async () => {
    for (const runner of runners) await runner.stop();
  });

  it("two instances poll an organization once per tick, never at the same moment", async () => {
    // Each poll takes a while, so two polls at once would show as overlapping runs.
    await sandbox.admin("POST", "/faults", { kind: "latency", pattern: "/Voice/v1/Numbers/notifications", latencyMs: 300 });
    runners = await Promise.all([1, 2].map(() => startJobRunner({ connectionString: process.env.DATABASE_URL!, recurring: false })));

    // Both instances start the organization's chain at the same moment: one chain starts.
    const started = await Promise.all(runners.map((runner) => startPollChain(runner.boss, runner.pool, org.id)));
    expect(started.filter(Boolean)).toHaveLength(1);

    // While it runs, both keep trying (as each instance's start and the cron would): nothing more starts.
    const attempts: Array<Promise<boolean>> = [];
    const hostile = setInterval(() => attempts.push(...runners.map((runner) => startPollChain(runner.boss, runner.pool, org.id))), 150);
    try {
      await waitForCompletedPolls(3);
    } finally {
      clearInterval(hostile);
    }
    const startedLater = await Promise.all(attempts);
    for (const runner of runners) await runner.stop();
    runners = [];

    expect(startedLater.length).toBeGreaterThan(0);
    expect(startedLater.every((one) => !one)).toBe(true);
    const runs = (await pollJobs()).filter((job) => job.state === "completed");
    expect(runs.every((run) => run.output?.status === "polled")).toBe(true);
    for (let i = 1; i < runs.length; i++) {
      // One poll per tick: each starts after the one before ended, and at least the interval (1 s) after it started.
      expect(runs[i]!.started_on!.getTime()).toBeGreaterThanOrEqual(runs[i - 1]!.completed_on!.getTime());
      expect(runs[i]!.started_on!.getTime() - runs[i - 1]!.started_on!.getTime()).toBeGreaterThanOrEqual(1000);
    }
  });

  it("reconciles orders left submitting or unconfirmed", async () => {
    const { tenant } = await tenantFor(org, "operator");
    // Lumen takes the reservation but its answer is lost, and asking for it fails too.
    const lost = await sandbox.admin("POST", "/faults", { kind: "status-after-processing", pattern: "/Voice/v1/Numbers/orderInventory", count: 1 });
    const unanswered = await sandbox.admin("POST", "/faults", { kind: "status", pattern: "/Voice/v1/Numbers/orderStatus*", status: 503 });
    expect([lost.status, unanswered.status]).toEqual([201, 201]);
    const request = { type: "reserve", request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 2 }] } };
    const unconfirmed = await submitOrder(tenant, { idempotencyKey: idempotencyKey(), ...request });
    const stuck = await testDb.order.findUniqueOrThrow({ where: { id: unconfirmed.orderId } });
    expect(stuck.status).toBe("unconfirmed");
    expect((await sandbox.admin("DELETE", `/faults/${unanswered.body.id}`)).status).toBe(204);

    // A crash between writing an order and recording Lumen's answer leaves it submitting.
    const { orderId } = await submitOrder(tenant, { idempotencyKey: idempotencyKey(), ...request });
    await testDb.order.update({ where: { id: orderId }, data: { status: "submitting", voiceOrderId: null } });

    const minutesAgo = new Date(Date.now() - STUCK_AFTER_MS - 60_000);
    await testDb.order.updateMany({ where: { id: { in: [stuck.id, orderId] } }, data: { updatedAt: minutesAgo } });
    const swept = await sweepStuckOrders();
    expect(swept.reconciled).toBeGreaterThanOrEqual(2);

    for (const id of [stuck.id, orderId]) {
      const order = await testDb.order.findUniqueOrThrow({ where: { id }, include: { events: true } });
      expect(order.status).toBe("accepted");
      expect(order.voiceOrderId).toMatch(/^VO\d{8}$/);
      expect(order.events.map((e) => e.kind)).toContain("reconciled");
    }
  });

  it("records an order Lumen never got as not placed, and mails it once to those who asked for that alert and may see the order", async () => {
    const { tenant, user: submitter } = await tenantFor(org, "operator");
    const { user: unsubscribed } = await tenantFor(org, "admin");
    const subAccount = await testDb.subAccount.create({ data: { organizationId: org.id, name: `Reseller ${randomUUID().slice(0, 6)}`, customerServiceNames: [] } });
    const { user: reseller } = await tenantFor(org, "operator", subAccount.id);
    await testDb.alertSubscription.createMany({
      data: [submitter, reseller].map((user) => ({ userId: user.id, organizationId: org.id, kind: "not_placed" as const })),
    });

    // Lumen is down: the reservation times out at the gateway (504, never processed) and asking for it fails too.
    const down = await sandbox.admin("POST", "/faults", { kind: "status", pattern: "/Voice/v1/Numbers/orderInventory", status: 504, count: 1 });
    const unanswered = await sandbox.admin("POST", "/faults", { kind: "status", pattern: "/Voice/v1/Numbers/orderStatus*", status: 503 });
    expect([down.status, unanswered.status]).toEqual([201, 201]);
    const request = { type: "reserve", request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 1 }] } };
    const { orderId } = await submitOrder(tenant, { idempotencyKey: idempotencyKey(), ...request });
    expect((await testDb.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("unconfirmed");
    expect((await sandbox.admin("DELETE", `/faults/${unanswered.body.id}`)).status).toBe(204);

    await testDb.order.update({ where: { id: orderId }, data: { updatedAt: new Date(Date.now() - STUCK_AFTER_MS - 60_000) } });
    await sweepStuckOrders();
    const order = await testDb.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("failed");

    const mails = () => testDb.outboxMail.findMany({ where: { dedupeKey: { startsWith: `not-placed:${orderId}:` } } });
    const [mail, ...others] = await mails();
    expect(others).toEqual([]);
    expect(mail!.toAddress).toBe(submitter.email);
    expect(mail!.subject).toBe(`Not placed: Reserve order ${order.externalOrderId} — ${(await testDb.organization.findUniqueOrThrow({ where: { id: org.id } })).name}`);
    expect(mail!.textBody).toContain(`/${org.slug}/orders/${orderId}`);
    expect(mail!.textBody).toContain("place it again");
    expect(mail!.textBody).not.toContain("Lumen code");
    expect([unsubscribed.email, reseller.email]).not.toContain(mail!.toAddress);

    // Asked again (another sweep, another instance): nobody is mailed twice.
    await sweepStuckOrders();
    expect(await queueNotPlacedAlert(orderId)).toBe(0);
    expect(await mails()).toHaveLength(1);
  });

  it("keeps the finding that Lumen never got an order and its alert mails together: when the mails cannot be written, the order stays as it was for the next sweep", async () => {
    const { tenant } = await tenantFor(org, "operator");
    const down = await sandbox.admin("POST", "/faults", { kind: "status", pattern: "/Voice/v1/Numbers/orderInventory", status: 504, count: 1 });
    const unanswered = await sandbox.admin("POST", "/faults", { kind: "status", pattern: "/Voice/v1/Numbers/orderStatus*", status: 503 });
    expect([down.status, unanswered.status]).toEqual([201, 201]);
    const request = { type: "reserve", request: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 1 }] } };
    const { orderId } = await submitOrder(tenant, { idempotencyKey: idempotencyKey(), ...request });
    expect((await sandbox.admin("DELETE", `/faults/${unanswered.body.id}`)).status).toBe(204);

    const outboxDown = new Error("the outbox could not be written");
    await expect(refreshOrder(tenant, orderId, { whenNotPlaced: () => Promise.reject(outboxDown) })).rejects.toBe(outboxDown);
    const kept = await testDb.order.findUniqueOrThrow({ where: { id: orderId }, include: { events: true } });
    expect(kept.status).toBe("unconfirmed");
    expect(kept.events.map((event) => event.kind)).not.toContain("reconciled");

    await testDb.order.update({ where: { id: orderId }, data: { updatedAt: new Date(Date.now() - STUCK_AFTER_MS - 60_000) } });
    await sweepStuckOrders();
    expect((await testDb.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("failed");
  });
});

async function waitForCompletedPolls(count: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await pollJobs()).filter((job) => job.state === "completed").length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`fewer than ${count} polls completed`);
}

/** The organization's poll jobs as pg-boss recorded them, in the order they started. */
function pollJobs(): Promise<JobRow[]> {
  return testDb.$queryRawUnsafe<JobRow[]>(
    `SELECT state::text AS state, started_on, completed_on, output FROM pgboss.job WHERE name = $1 AND singleton_key = $2 ORDER BY started_on NULLS LAST`,
    POLL_QUEUE,
    org.id,
  );
}
