import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { lumenErrorBody } from "@/lib/lumen/schemas/error-body";
import { startTestSandbox, type TestSandbox } from "../testing/sandbox-harness";
import { startWebhookReceiver, type WebhookReceiver } from "../testing/webhook-receiver";

// Orders on numbers (install, port, supplement, change, disconnect, cancel) and the
// credit-hold customer, driven over HTTP from the seed fixtures. The clock starts on
// Monday 2026-03-02 15:00 UTC.

let sandbox: TestSandbox;
let receivers: WebhookReceiver[];
let acme: string;

beforeAll(async () => {
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
  acme = await sandbox.token();
});

const subscriber = {
  customerType: "B",
  businessName: "Sandbox Bakery",
  serviceAddress: { streetNumber: "1", streetName: "Main", city: "Denver", state: "CO", zip: "80202" },
};

const install = (tns: string[], extra: Record<string, unknown> = {}) =>
  sandbox.voice("POST", "/Numbers/order", {
    token: acme,
    body: { orderType: "NEW", productID: "2036", tnList: tns, subscriberLines: [subscriber], ...extra },
  });

const port = (tns: string[], customerRequestDate = "2026-03-03T00:00:00Z") =>
  sandbox.voice("POST", "/Numbers/order", {
    token: acme,
    body: {
      orderType: "LNP",
      productID: "2036",
      externalOrderID: "port-1",
      tnList: tns,
      subscriberLines: [subscriber],
      customerRequestDate,
      loaName: "Pat Baker",
      loaReceived: "Y",
      loaDateTime: "2026-03-01T10:00:00Z",
      losingCarrierWirelessLnp: "N",
    },
  });

const cancel = (voiceOrderId: string) => sandbox.voice("POST", "/Numbers/order/cancel", { token: acme, body: { voiceOrderId } });
const status = async (voiceOrderId: string) =>
  (await sandbox.voice("GET", `/Numbers/orderStatus?voiceOrderId=${voiceOrderId}`, { token: acme })).body;

describe("install orders", () => {
  it("install a reserved number: 901, then 902 and the number is active", async () => {
    const reply = await install(["3039740001"], { customerServiceName: "ACME-MAIN" });
    expect(reply.status).toBe(200);
    await sandbox.advance({ minutes: 2 });
    expect(await sandbox.codes(reply.body.voiceOrderId, acme)).toEqual([901, 902]);
    const report = await sandbox.voice("GET", "/Numbers/inventoryDetails?customerServiceName=ACME-MAIN&pageSize=500", { token: acme });
    expect(report.body.telephoneNumbers.find((tn: { telephoneNumber: string }) => tn.telephoneNumber === "3039740001")).toMatchObject({
      businessName: "Sandbox Bakery",
      customerType: "B",
    });
  });

  it.each([
    ["an active number", "3039740101", 20016],
    ["an unknown number", "3125550199", 20016],
    ["another customer's number", "6029740001", 20041],
  ] as const)("refuses %s", async (_case, tn, code) => {
    expect((await install([tn])).body).toEqual(lumenErrorBody(code));
  });

  it.each([
    ["unknown", "NOT-OURS", 1405],
    ["off the order mapping list", "ACME-LEGACY", 20032],
  ] as const)("refuses a customer service name that is %s", async (_case, name, code) => {
    expect((await install(["3039740001"], { customerServiceName: name })).body).toEqual(lumenErrorBody(code));
  });

  it("refuses a second order on a number in flight (1612)", async () => {
    await install(["3039740002"]);
    expect((await install(["3039740002"])).body).toEqual(lumenErrorBody(1612));
  });
});

describe("port orders", () => {
  it("901, FOC three business days out (903), active at FOC (10002)", async () => {
    const { voiceOrderId } = (await port(["3035551234"])).body;
    await sandbox.advance({ minutes: 11 });
    expect(await sandbox.codes(voiceOrderId, acme)).toEqual([901, 903]);
    expect((await status(voiceOrderId)).focDate).toBe("2026-03-05T15:11:00Z");
    await sandbox.advance({ days: 3 });
    expect(await sandbox.codes(voiceOrderId, acme)).toEqual([901, 903, 10002]);
    expect(await status(voiceOrderId)).toMatchObject({ status: "COMPLETED", orderType: "PORT" });
  });

  it("rejects a number the donating carrier keeps (20217, naming the number)", async () => {
    const { voiceOrderId } = (await port(["3035559999"])).body;
    await sandbox.advance({ minutes: 11 });
    const notes = (await sandbox.voice("GET", `/Numbers/notifications?voiceOrderId=${voiceOrderId}`, { token: acme })).body.notifications;
    expect(notes.map((n: { notificationCode: number }) => n.notificationCode)).toEqual([901, 20217]);
    expect(notes[1].notificationMessage.startsWith("3035559999 is not valid telephone number")).toBe(true);
    const check = await sandbox.voice("POST", "/Numbers/coverage", { token: acme, body: { tnList: ["3035559999", "3035551234"] } });
    expect(check.body.results.map((r: { portable: boolean }) => r.portable)).toEqual([false, true]);
  });

  it("supplements move the FOC date (904); cancel is refused within a business day of FOC (20066)", async () => {
    const { voiceOrderId } = (await port(["3035551234"])).body;
    await sandbox.advance({ minutes: 11 });
    const supplement = await sandbox.voice("POST", `/Numbers/order/${voiceOrderId}/supplement`, {
      token: acme,
      body: { customerRequestDate: "2026-03-10T16:00:00Z" },
    });
    expect(supplement.status).toBe(200);
    expect(await sandbox.codes(voiceOrderId, acme)).toEqual([901, 903, 904]);
    expect((await status(voiceOrderId)).focDate).toBe("2026-03-10T16:00:00Z");
    await sandbox.advance({ days: 6 }); // Sunday 8 March: Monday is the next business day, FOC is Tuesday
    expect((await cancel(voiceOrderId)).status).toBe(200);
  });

  it("refuses a cancel on the business day before FOC", async () => {
    const { voiceOrderId } = (await port(["3035551234"])).body;
    await sandbox.advance({ days: 2, hours: 10 }); // Thursday 01:00, FOC Thursday 15:11
    expect((await cancel(voiceOrderId)).body).toEqual(lumenErrorBody(20066));
  });

  it("port now completes a port with FOC at once", async () => {
    const { voiceOrderId } = (await port(["3035551234"])).body;
    await sandbox.advance({ minutes: 11 });
    const reply = await sandbox.voice("POST", "/Numbers/lnp/portnow", { token: acme, body: { voiceOrderId } });
    expect(reply.body.status).toBe("COMPLETED");
    expect(await sandbox.codes(voiceOrderId, acme)).toEqual([901, 903, 10002]);
  });
});

describe("change and disconnect orders", () => {
  const change = (tns: string[], customerServiceName = "ACME-BACKUP") =>
    sandbox.voice("POST", "/Numbers/order/change", {
      token: acme,
      body: { productID: "2036", tnList: tns, customerServiceName },
    });

  it("changes an active number (10002) and refuses reserved (1616), unknown (20042) and foreign (20041) ones", async () => {
    const { voiceOrderId } = (await change(["3039740101"])).body;
    await sandbox.advance({ minutes: 2 });
    expect(await sandbox.codes(voiceOrderId, acme)).toEqual([901, 10002]);
    expect((await change(["3039740001"])).body).toEqual(lumenErrorBody(1616));
    expect((await change(["3125550199"])).body).toEqual(lumenErrorBody(20042));
    expect((await change(["2069740001"])).body).toEqual(lumenErrorBody(20041));
  });

  it("rejects a change to a customer service name that is not the customer's (20063)", async () => {
    const { voiceOrderId } = (await change(["3039740103"], "ACME-LEGACY")).body;
    await sandbox.advance({ minutes: 2 });
    expect(await sandbox.codes(voiceOrderId, acme)).toEqual([901, 20063]);
    expect((await status(voiceOrderId)).status).toBe("REJECTED");
  });

  it("disconnects on the request date (906), at least one business day ahead (20068)", async () => {
    const disconnect = (customerRequestDate: string) =>
      sandbox.voice("POST", "/Numbers/order/disconnect", { token: acme, body: { tnList: ["3039740102"], customerRequestDate } });
    expect((await disconnect("2026-03-02T20:00:00Z")).body).toEqual(lumenErrorBody(20068));
    const { voiceOrderId } = (await disconnect("2026-03-03T12:00:00Z")).body;
    await sandbox.advance({ minutes: 1 });
    expect(await sandbox.codes(voiceOrderId, acme)).toEqual([901]);
    await sandbox.advance({ days: 1 });
    expect(await sandbox.codes(voiceOrderId, acme)).toEqual([901, 906]);
    expect((await change(["3039740102"])).body).toEqual(lumenErrorBody(20042));
  });
});

describe("cancel orders", () => {
  it("answers 20054 unknown, 20060 another customer's, 20108 twice, 20065/20238 completed", async () => {
    expect((await cancel("VO99999999")).body).toEqual(lumenErrorBody(20054));

    const bluebird = await sandbox.token("bluebird");
    const theirs = await sandbox.voice("POST", "/Numbers/orderInventory", {
      token: bluebird,
      customer: "2-B6-7890",
      body: { productID: "2042", rateCenters: [{ rateCenter: "SEATTLE", state: "WA", quantity: 1 }] },
    });
    expect((await cancel(theirs.body.voiceOrderId)).body).toEqual(lumenErrorBody(20060));

    const reservation = await sandbox.voice("POST", "/Numbers/orderInventory", {
      token: acme,
      body: { productID: "2036", rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 1 }] },
    });
    const installed = (await install(["3039740003"])).body.voiceOrderId;
    const cancelled = (await install(["3039740004"])).body.voiceOrderId;
    expect((await cancel(cancelled)).body.status).toBe("CANCELLED");
    expect((await cancel(cancelled)).body).toEqual(lumenErrorBody(20108));
    await sandbox.advance({ minutes: 5 });
    expect((await cancel(reservation.body.voiceOrderId)).body).toEqual(lumenErrorBody(20065));
    expect((await cancel(installed)).body).toEqual(lumenErrorBody(20238));
  });
});

describe("credit hold", () => {
  it("accepts, then puts the order on credit hold (1807)", async () => {
    const reseller = await sandbox.token("reseller");
    const reply = await sandbox.voice("POST", "/Numbers/orderInventory", {
      token: reseller,
      customer: "3-CH-1807",
      body: { productID: "2036", rateCenters: [{ rateCenter: "OMAHA", state: "NE", quantity: 3 }] },
    });
    expect(reply.status).toBe(200);
    await sandbox.advance({ minutes: 5 });
    expect(await sandbox.codes(reply.body.voiceOrderId, reseller, "3-CH-1807")).toEqual([1807]);
    const state = await sandbox.voice("GET", `/Numbers/orderStatus?voiceOrderId=${reply.body.voiceOrderId}`, {
      token: reseller,
      customer: "3-CH-1807",
    });
    expect(state.body.status).toBe("PENDING_CREDIT_CHECK");
  });
});
