import { beforeEach, afterAll, beforeAll, describe, expect, it } from "vitest";
import { lumenErrorBody } from "@/lib/lumen/schemas/error-body";
import { startTestSandbox, type TestSandbox } from "../testing/sandbox-harness";
import { startWebhookReceiver, type WebhookReceiver } from "../testing/webhook-receiver";

// Reservation orders driven through HTTP to each of their notification codes, with the
// virtual clock stepped by the admin API.

let sandbox: TestSandbox;
let receivers: WebhookReceiver[];
let acme: string;
let bluebird: string;

beforeAll(async () => {
  // Long-lived tokens: these tests step the clock by days.
  sandbox = await startTestSandbox({ tokenTtlSeconds: 30 * 86_400 });
  // Every notification these tests poll must also arrive as a webhook: Basic for Acme
  // and the credit-hold customer, OAuth for Bluebird.
  receivers = [await startWebhookReceiver("basic"), await startWebhookReceiver("oauth")];
  await sandbox.attachReceiver("1-ABC-23", receivers[0]!);
  await sandbox.attachReceiver("3-CH-1807", receivers[0]!);
  await sandbox.attachReceiver("2-B6-7890", receivers[1]!);
});
afterAll(async () => {
  await sandbox.close();
  await Promise.all(receivers.map((receiver) => receiver.close()));
});
beforeEach(async () => {
  await sandbox.reset();
  acme = await sandbox.token("acme");
  bluebird = await sandbox.token("bluebird");
});

async function reserve(
  lines: Array<{ rateCenter: string; state: string; quantity: number; pbxIndex?: string; pbxValue?: string }>,
  options: { token?: string; customer?: string; productID?: string } = {},
) {
  const reply = await sandbox.voice("POST", "/Numbers/orderInventory", {
    token: options.token ?? acme,
    customer: options.customer,
    body: { productID: options.productID ?? "2036", externalOrderID: "portal-1", rateCenters: lines },
  });
  expect(reply.status).toBe(200);
  return reply.body.voiceOrderId as string;
}

const approve = (voiceOrderId: string, decision: string) =>
  sandbox.voice("POST", "/Numbers/customerApproval", { token: acme, body: { voiceOrderId, decision } });

async function reservedCount(voiceOrderId: string) {
  const reply = await sandbox.voice("GET", `/Numbers/inventory?voiceOrderID=${voiceOrderId}&pageSize=500`, { token: acme });
  return reply.body.totalCount as number;
}

describe("reservation lifecycle", () => {
  it("goes created → in progress (901) → completed (10002); numbers appear only at the end", async () => {
    const id = await reserve([{ rateCenter: "DENVER", state: "CO", quantity: 5 }]);
    expect((await sandbox.voice("GET", `/Numbers/orderStatus?externalOrderID=portal-1`, { token: acme })).body).toMatchObject({
      voiceOrderId: id,
      status: "CREATED",
      orderType: "RESERVE",
    });
    await sandbox.advance({ minutes: 1 });
    expect(await sandbox.codes(id, acme)).toEqual([901]);
    expect(await reservedCount(id)).toBe(0);
    await sandbox.advance({ minutes: 4 });
    expect(await sandbox.codes(id, acme)).toEqual([901, 10002, 10002]);
    expect(await reservedCount(id)).toBe(5);
    const status = await sandbox.voice("GET", `/Numbers/orderStatus?voiceOrderId=${id}`, { token: acme });
    expect(status.body).toMatchObject({ status: "COMPLETED", lastNotification: { code: 10002 } });
    expect(status.body.telephoneNumbers).toHaveLength(5);
  });

  it.each([
    ["a closed rate center", "GREELEY", "CO", 1302, "2036"],
    ["ELS at a rate center without static 911", "TACOMA", "WA", 1302, "2042"],
    ["a rate center without coverage", "LEADVILLE", "CO", 1303, "2036"],
    ["an unknown rate center", "ATLANTIS", "CO", 1304, "2036"],
    ["more than stock where backorders are not supported", "TUCSON", "AZ", 10012, "2036"],
    ["more than stock of PBX-restricted numbers", "FLAGSTAFF", "AZ", 10015, "2036"],
  ] as const)("rejects %s at rate-center level", async (_case, rateCenter, state, code, productID) => {
    const id = await reserve([{ rateCenter, state, quantity: 11 }], { productID });
    await sandbox.advance({ minutes: 5 });
    expect(await sandbox.codes(id, acme)).toEqual([901, code]);
    const status = await sandbox.voice("GET", `/Numbers/orderStatus?voiceOrderId=${id}`, { token: acme });
    expect(status.body.status).toBe("REJECTED");
  });

  it("enforces 75 % utilization per customer and rate center (1648)", async () => {
    const id = await reserve([{ rateCenter: "PHOENIX", state: "AZ", quantity: 1 }], { token: bluebird, customer: "2-B6-7890" });
    await sandbox.advance({ minutes: 5 });
    expect(await sandbox.codes(id, bluebird, "2-B6-7890")).toEqual([901, 1648]);
    const utilization = await sandbox.voice("POST", "/Numbers/rateCenters/utilization", {
      token: bluebird,
      customer: "2-B6-7890",
      body: { productID: "2042", rateCenters: [{ rateCenter: "PHOENIX", state: "AZ" }] },
    });
    expect(utilization.body.utilization[0]).toMatchObject({ reservedCount: 20, activeCount: 0, canOrderMore: false });
  });

  it("keeps notifications for GET notifications 180 days, then forgets them", async () => {
    const id = await reserve([{ rateCenter: "DENVER", state: "CO", quantity: 1 }]);
    await sandbox.advance({ days: 179 });
    acme = await sandbox.token();
    expect(await sandbox.codes(id, acme)).toEqual([901, 10002, 10002]);
    await sandbox.advance({ days: 2 });
    acme = await sandbox.token();
    const later = await sandbox.voice("GET", `/Numbers/notifications?voiceOrderId=${id}`, { token: acme });
    expect(later.body.notifications).toEqual([]);
  });

  it("rejects quantity 0 (10011) synchronously", async () => {
    const reply = await sandbox.voice("POST", "/Numbers/orderInventory", {
      token: acme,
      body: { productID: "2036", rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 0 }] },
    });
    expect(reply.body).toEqual(lumenErrorBody(10011));
  });
});

describe("backorders", () => {
  async function backorder(rateCenter = "BOULDER", state = "CO", quantity = 30) {
    const id = await reserve([{ rateCenter, state, quantity }]);
    await sandbox.advance({ minutes: 1 });
    expect(await sandbox.codes(id, acme)).toEqual([901, 10001]);
    return id;
  }

  it("quotes the available quantity in 10001", async () => {
    const id = await backorder();
    const reply = await sandbox.voice("GET", `/Numbers/notifications?voiceOrderId=${id}`, { token: acme });
    expect(reply.body.notifications[1].notificationMessage).toContain("exceeds the 25 telephone numbers available");
  });

  it("accepts with backorder: the available now, the rest a day later (10002)", async () => {
    const id = await backorder();
    expect((await approve(id, "ACCEPT_WITH_BACKORDER")).status).toBe(200);
    await sandbox.advance({ minutes: 1 });
    expect(await reservedCount(id)).toBe(25);
    await sandbox.advance({ hours: 24 });
    expect(await sandbox.codes(id, acme)).toEqual([901, 10001, 10002, 10002]);
    expect(await reservedCount(id)).toBe(30);
  });

  it.each([
    ["cannot be filled", "SPOKANE", "WA", 10004],
    ["hits a consolidated rate center", "DULUTH", "MN", 10009],
    ["hits a rate center closed to native numbers", "LINCOLN", "NE", 10010],
  ] as const)("cancels a backorder that %s", async (_case, rateCenter, state, code) => {
    const id = await backorder(rateCenter, state, 10);
    await approve(id, "ACCEPT_WITH_BACKORDER");
    await sandbox.advance({ hours: 25 });
    expect(await sandbox.codes(id, acme)).toEqual([901, 10001, code, 10002]);
    expect(await reservedCount(id)).toBe(5);
  });

  it("accepts available only (10002) and rejects (10005)", async () => {
    const partial = await backorder();
    await approve(partial, "ACCEPT_AVAILABLE_ONLY");
    await sandbox.advance({ minutes: 1 });
    expect(await sandbox.codes(partial, acme)).toEqual([901, 10001, 10002, 10002]);
    expect(await reservedCount(partial)).toBe(25);

    await sandbox.reset();
    acme = await sandbox.token();
    const rejected = await backorder();
    await approve(rejected, "REJECT");
    expect(await sandbox.codes(rejected, acme)).toEqual([901, 10001, 10005]);
  });

  it("lapses after four virtual hours (10013); a late approval gets 1921", async () => {
    const id = await backorder();
    await sandbox.advance({ hours: 3, minutes: 59 });
    expect(await sandbox.codes(id, acme)).toEqual([901, 10001]);
    await sandbox.advance({ minutes: 1 });
    expect(await sandbox.codes(id, acme)).toEqual([901, 10001, 10013]);
    expect((await approve(id, "ACCEPT_AVAILABLE_ONLY")).body).toEqual(lumenErrorBody(1921));
  });

  it("answers 20107 to an approval for an order without a backorder, 4011 to a second order meanwhile", async () => {
    const plain = await reserve([{ rateCenter: "DENVER", state: "CO", quantity: 1 }]);
    expect((await approve(plain, "REJECT")).body).toEqual(lumenErrorBody(20107));
    const waiting = await backorder();
    const second = await reserve([{ rateCenter: "BOULDER", state: "CO", quantity: 1 }]);
    await sandbox.advance({ minutes: 1 });
    expect(await sandbox.codes(second, acme)).toEqual([901, 4011]);
    expect(await sandbox.codes(waiting, acme)).toEqual([901, 10001]);
  });
});
