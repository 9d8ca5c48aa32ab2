import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestSandbox, type TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestClient, type TestClient } from "./client-test-kit";
import type { LumenRequestInput } from "./lumen-client-types";

// Every typed method against the sandbox's fixtures (lib/sandbox/README.md), happy paths:
// the request passes the contract's schema, the sandbox accepts it, and the answer passes
// the response schema. The sandbox's clock is frozen at TEST_START, a Monday.

let sandbox: TestSandbox;
let lumen: TestClient["client"];

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await sandbox.reset();
  lumen = createTestClient(sandbox).client;
});

type OrderRequest = LumenRequestInput<"OrderRequest">;

const serviceAddress = { streetNumber: "1025", streetName: "Eldorado", streetSuffix: "Blvd", city: "Broomfield", state: "CO", zip: "80021" } as const;
const residentialLine = { customerType: "R", firstName: "Ann", lastName: "Oneil", serviceAddress } as const;

function portOf(tn: string): OrderRequest {
  return {
    orderType: "LNP",
    productID: "2036",
    externalOrderID: `port-${tn}`,
    tnList: [tn],
    customerRequestDate: "2026-03-05T00:00:00Z",
    subscriberLines: [residentialLine],
    loaName: "Ann Oneil",
    loaReceived: "Y",
    loaDateTime: "2026-03-01T15:00:00Z",
    losingCarrierWirelessLnp: "N",
  };
}

describe("look-ups", () => {
  it("listRateCenters pages rate centers of a state", async () => {
    const page = await lumen.listRateCenters({ productID: "2036", state: "CO", pageSize: 2 });
    expect(page.pageSize).toBe(2);
    expect(page.rateCenters).toHaveLength(2);
    expect(page.totalCount).toBeGreaterThan(2);
  });

  it("checkAddressCoverage answers for a service address", async () => {
    const coverage = await lumen.checkAddressCoverage({ ...serviceAddress, productID: "2036" });
    expect(coverage.covered).toBeTypeOf("boolean");
  });

  it("checkTnPortability tells portable from not portable", async () => {
    const answer = await lumen.checkTnPortability({ tnList: ["7205550100", "3125550100"] });
    expect(answer.results.map((tn) => [tn.telephoneNumber, tn.portable])).toEqual([
      ["7205550100", true],
      ["3125550100", false],
    ]);
  });

  it("checkRateCenterUtilization reports Acme's DENVER at 75 %", async () => {
    const answer = await lumen.checkRateCenterUtilization({ productID: "2036", rateCenters: [{ rateCenter: "DENVER", state: "CO" }] });
    expect(answer.utilization).toEqual([expect.objectContaining({ rateCenter: "DENVER", utilizationPercent: 75, canOrderMore: true })]);
  });

  it("listReservedInventory and getActiveInventoryReport page the seeded numbers", async () => {
    const reserved = await lumen.listReservedInventory({ NPA: "303" });
    const active = await lumen.getActiveInventoryReport({ pageNumber: 1 });
    expect(reserved.totalCount).toBe(10);
    expect(active.totalCount).toBeGreaterThanOrEqual(30);
  });
});

describe("orders", () => {
  it("orderInventory reserves; getOrderStatus and listNotifications follow it", async () => {
    const accepted = await lumen.orderInventory({ productID: "2036", externalOrderID: "res-1", rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 5 }] });
    await sandbox.advance({ minutes: 6 });

    const byExternalId = await lumen.getOrderStatus({ externalOrderID: "res-1" });
    const notifications = await lumen.listNotifications({ voiceOrderId: accepted.voiceOrderId });

    expect(byExternalId).toMatchObject({ voiceOrderId: accepted.voiceOrderId, orderType: "RESERVE", status: "COMPLETED" });
    expect(notifications.notifications.map((n) => n.notificationCode)).toContain(10002);
  });

  it("submitCustomerApproval answers a backorder", async () => {
    const accepted = await lumen.orderInventory({ productID: "2036", rateCenters: [{ rateCenter: "BOULDER", state: "CO", quantity: 30 }] });
    await sandbox.advance({ minutes: 1 });
    const approval = await lumen.submitCustomerApproval({ voiceOrderId: accepted.voiceOrderId, decision: "ACCEPT_AVAILABLE_ONLY" });
    expect(approval.voiceOrderId).toBe(accepted.voiceOrderId);
  });

  it("submitOrder installs reserved numbers", async () => {
    const accepted = await lumen.submitOrder({ orderType: "NEW", productID: "2036", tnList: ["3039740001"], subscriberLines: [residentialLine] });
    await sandbox.advance({ minutes: 3 });
    expect(await lumen.getOrderStatus({ voiceOrderId: accepted.voiceOrderId })).toMatchObject({ orderType: "INSTALL", status: "COMPLETED" });
  });

  it("submitOrder ports, supplementOrder moves the date, portNow completes after FOC", async () => {
    const port = await lumen.submitOrder(portOf("7205550100"));
    const supplement = await lumen.supplementOrder({ voiceOrderId: port.voiceOrderId }, { customerRequestDate: "2026-03-09T00:00:00Z" });
    await sandbox.advance({ minutes: 12 });
    const portNow = await lumen.portNow({ voiceOrderId: port.voiceOrderId });

    expect(supplement.voiceOrderId).toBeTypeOf("string");
    expect(portNow.voiceOrderId).toBeTypeOf("string");
    expect(await lumen.getOrderStatus({ voiceOrderId: port.voiceOrderId })).toMatchObject({ orderType: "PORT", status: "COMPLETED" });
  });

  it("changeOrder, disconnectOrder and cancelOrder act on active numbers", async () => {
    const change = await lumen.changeOrder({ productID: "2036", tnList: ["3039740101"], customerType: "B", businessName: "Acme Plumbing" });
    const disconnect = await lumen.disconnectOrder({ tnList: ["3039740102"], customerRequestDate: "2026-03-04T00:00:00Z" });
    const cancel = await lumen.cancelOrder({ voiceOrderId: disconnect.voiceOrderId });

    expect(change.voiceOrderId).not.toBe(disconnect.voiceOrderId);
    expect(cancel.voiceOrderId).toBeTypeOf("string");
    expect(await lumen.getOrderStatus({ voiceOrderId: disconnect.voiceOrderId })).toMatchObject({ status: "CANCELLED" });
  });
});
