import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { lumenMessage } from "@/lib/lumen/codes";
import { startTestSandbox, type TestSandbox } from "../testing/sandbox-harness";
import { startWebhookReceiver, type WebhookReceiver } from "../testing/webhook-receiver";

// PartnerNotification webhooks as a receiver gets them: XML shape, both security models,
// retries with backoff when the receiver fails, and the drop-webhooks fault.

let sandbox: TestSandbox;
let receiver: WebhookReceiver | undefined;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  await sandbox.reset();
});

async function receiveAs(mode: "basic" | "oauth", customer = "1-ABC-23") {
  receiver = await startWebhookReceiver(mode);
  const reply = await sandbox.admin("PUT", `/customers/${customer}/webhook`, receiver.settings);
  expect(reply.status).toBe(200);
  return receiver;
}

async function reserve(rateCenter: string, state: string, quantity: number) {
  const token = await sandbox.token();
  const reply = await sandbox.voice("POST", "/Numbers/orderInventory", {
    token,
    body: { productID: "2036", rateCenters: [{ rateCenter, state, quantity }] },
  });
  return reply.body.voiceOrderId as string;
}

describe("webhook delivery", () => {
  it("PUTs the guide's PartnerNotification with Basic auth, rate-center level for reservations", async () => {
    const hook = await receiveAs("basic");
    const id = await reserve("DENVER", "CO", 2);
    await sandbox.advance({ minutes: 5 });
    const received = await hook.waitFor((all) => all.length === 3);
    expect(received.map((n) => n.notificationCode).sort((a, b) => a - b)).toEqual([901, 10002, 10002]);
    const rateCenterLevel = received.find((n) => n.rateCenterOrderStatus)!;
    expect(rateCenterLevel).toMatchObject({
      orderNumber: id,
      customerNumber: "1-ABC-23",
      customerName: "Acme Voice Partners",
      notificationCode: 10002,
      rateCenterOrderStatus: { rateCenter: "DENVER", state: "CO", notificationCode: 10002, notificationMessage: lumenMessage(10002) },
    });
    expect(rateCenterLevel.xml.startsWith('<?xml version="1.0"?>\n<PartnerNotification>')).toBe(true);
    const voiceLevel = received.filter((n) => !n.rateCenterOrderStatus).map((n) => n.notificationCode);
    expect(voiceLevel.sort((a, b) => a - b)).toEqual([901, 10002]);
  });

  it("fetches a bearer token from the customer's token endpoint (OAuth) and reuses it", async () => {
    const hook = await receiveAs("oauth");
    await reserve("BOULDER", "CO", 30);
    await sandbox.advance({ minutes: 1 });
    const received = await hook.waitFor((all) => all.length === 2);
    expect(received.map((n) => n.notificationCode).sort((a, b) => a - b)).toEqual([901, 10001]);
    expect(received.find((n) => n.notificationCode === 10001)!.notificationMessage).toContain("exceeds the 25 telephone");
    expect(hook.tokensIssued).toBe(1);
  });

  it("fills 20217's <telephone Number> with the number the carrier refused", async () => {
    const hook = await receiveAs("basic");
    const token = await sandbox.token();
    const reply = await sandbox.voice("POST", "/Numbers/order", {
      token,
      body: {
        orderType: "LNP",
        productID: "2036",
        tnList: ["4155550123"],
        subscriberLines: [
          { customerType: "R", firstName: "Al", lastName: "Ng", serviceAddress: { streetNumber: "1", streetName: "Elm", city: "Denver", state: "CO", zip: "80202" } },
        ],
        customerRequestDate: "2026-03-04T00:00:00Z",
        loaName: "Al Ng",
        loaReceived: "Y",
        loaDateTime: "2026-03-01T00:00:00Z",
        losingCarrierWirelessLnp: "N",
      },
    });
    expect(reply.status).toBe(200);
    await sandbox.advance({ minutes: 11 });
    const received = await hook.waitFor((all) => all.some((n) => n.notificationCode === 20217));
    expect(received.find((n) => n.notificationCode === 20217)!.notificationMessage).toBe(
      lumenMessage(20217).replace("<telephone Number>", "4155550123"),
    );
  });

  it("retries a failing receiver with backoff until it answers 2xx", async () => {
    const hook = await receiveAs("basic");
    hook.failNext(2);
    await reserve("GREELEY", "CO", 1);
    await sandbox.advance({ minutes: 1 });
    await hook.waitFor((all) => all.length === 2);
    expect(hook.rejected).toBe(2);
    const log = await sandbox.admin("GET", "/webhooks/deliveries?customerNumber=1-ABC-23");
    expect(log.body.deliveries.map((d: { status: string }) => d.status)).toEqual(["delivered", "delivered"]);
    expect(Math.max(...log.body.deliveries.map((d: { attempts: number }) => d.attempts))).toBeGreaterThan(1);
  });

  it("gives up after the configured attempts", async () => {
    const hook = await receiveAs("basic");
    hook.failNext(100);
    await reserve("GREELEY", "CO", 1);
    await sandbox.advance({ minutes: 1 });
    await sandbox.server.sandbox.webhooks.idle();
    await expect.poll(async () => (await sandbox.admin("GET", "/webhooks/deliveries?status=failed")).body.deliveries.length).toBe(2);
    expect(hook.rejected).toBe(2 * sandbox.config.webhook.maxAttempts);
  });

  it("drops the next N webhooks when told to, and still serves them by GET notifications", async () => {
    const hook = await receiveAs("basic");
    await sandbox.admin("POST", "/faults", { kind: "drop-webhooks", pattern: "1-ABC-23", count: 1 });
    const id = await reserve("GREELEY", "CO", 1);
    await sandbox.advance({ minutes: 1 });
    const received = await hook.waitFor((all) => all.length === 1);
    expect(received[0]!.notificationCode).toBe(1302);
    expect(await sandbox.codes(id, await sandbox.token())).toEqual([901, 1302]);
    const dropped = await sandbox.admin("GET", "/webhooks/deliveries?status=dropped");
    expect(dropped.body.deliveries).toHaveLength(1);
  });
});
