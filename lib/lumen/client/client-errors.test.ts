import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { lumenMessage } from "@/lib/lumen/codes";
import { lumenCodesOf } from "@/lib/lumen/lumen-rule";
import { APPS, startTestSandbox, type TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestClient, failureOf, LIST_DENVER_AREA, reserveDenver } from "./client-test-kit";
import type { LumenRequestInput } from "./lumen-client-types";
import { LumenError } from "./lumen-error";
import { sendWithUndici } from "./transport/http";

// What reaches the caller when Lumen says no, when its answer breaks the contract, and
// when the input breaks it (nothing is sent); and what the log lines hold.

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

describe("Lumen's answers decoded", () => {
  it("a business-rule 400 becomes LumenError with the table's code and message", async () => {
    const { client } = createTestClient(sandbox);

    const failure = await failureOf(client.cancelOrder({ voiceOrderId: "VO99999999" }));

    expect(failure).toBeInstanceOf(LumenError);
    expect(failure).toMatchObject({ code: 20054, httpStatus: 400, message: lumenMessage(20054), retryable: false, mayHaveArrived: false });
  });

  it("a customer number not tied to the credentials answers 1403", async () => {
    const { client } = createTestClient(sandbox, { ...APPS.acme, customerNumber: "2-B6-7890" });
    const failure = await failureOf(client.listRateCenters(LIST_DENVER_AREA));
    expect(failure).toMatchObject({ code: 1403, httpStatus: 400, message: lumenMessage(1403) });
  });

  it("a code the guide does not list keeps the body's message", async () => {
    const { client } = createTestClient(sandbox, {
      send: async (request) => {
        if (request.url.pathname.endsWith("/oauth/token")) return sendWithUndici(request);
        return { status: 400, text: JSON.stringify({ code: 400, message: "The request body is not valid JSON." }) };
      },
    });
    const failure = await failureOf(client.listRateCenters(LIST_DENVER_AREA));
    expect(failure).toMatchObject({ code: 400, httpStatus: 400, message: "The request body is not valid JSON." });
  });

  it("an upstream success that breaks the contract is invalid-response, never passed through", async () => {
    const { client } = createTestClient(sandbox, {
      send: async (request) => {
        if (request.url.pathname.endsWith("/oauth/token")) return sendWithUndici(request);
        return { status: 200, text: JSON.stringify({ rateCenters: "not a list" }) };
      },
    });
    const failure = await failureOf(client.listRateCenters(LIST_DENVER_AREA));
    expect(failure).toMatchObject({ kind: "invalid-response", httpStatus: 200, mayHaveArrived: false });
  });

  it("an error answer without Lumen's body (a proxy's HTML 502) is invalid-response with its status", async () => {
    const { client } = createTestClient(sandbox, {
      send: async (request) => {
        if (request.url.pathname.endsWith("/oauth/token")) return sendWithUndici(request);
        return { status: 502, text: "<html>Bad gateway</html>" };
      },
    });
    const failure = await failureOf(client.orderInventory(reserveDenver("ord-proxy")));
    expect(failure).toMatchObject({ kind: "invalid-response", httpStatus: 502, mayHaveArrived: true });
  });
});

describe("input the contract rejects", () => {
  it("throws the schema's ZodError, with Lumen's codes, before any request", async () => {
    const { client, wire } = createTestClient(sandbox);

    const zeroQuantity = await failureOf(client.orderInventory({ productID: "2036", rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 0 }] }));
    const noOrderId = await failureOf(client.getOrderStatus({}));
    const badPath = await failureOf(client.supplementOrder({ voiceOrderId: "" }, { customerRequestDate: "2026-03-10T00:00:00Z" }));

    expect(zeroQuantity).toBeInstanceOf(ZodError);
    expect(lumenCodesOf(zeroQuantity as ZodError)).toEqual([10011]);
    expect(lumenCodesOf(noOrderId as ZodError)).toEqual([20049]);
    expect(badPath).toBeInstanceOf(ZodError);
    expect(wire.sent).toEqual([]);
  });
});

describe("logging", () => {
  it("writes one line per HTTP exchange, with no credential, token or losing-carrier PIN", async () => {
    const { client, logger } = createTestClient(sandbox);
    const port: LumenRequestInput<"OrderRequest"> = {
      orderType: "LNP",
      productID: "2036",
      customerServiceName: "ACME-LEGACY",
      tnList: ["7205550100"],
      customerRequestDate: "2026-03-10T00:00:00Z",
      subscriberLines: [
        {
          customerType: "R",
          firstName: "Ann",
          lastName: "Oneil",
          serviceAddress: { streetNumber: "1025", streetName: "Eldorado", city: "Broomfield", state: "CO", zip: "80021" },
        },
      ],
      loaName: "Ann Oneil",
      loaReceived: "Y",
      loaDateTime: "2026-03-01T15:00:00Z",
      losingCarrierPin: "4321",
      losingCarrierWirelessLnp: "N",
    };

    const failure = await failureOf(client.submitOrder(port));

    expect(failure).toMatchObject({ code: 20032, httpStatus: 400 });
    const lines = logger.records.map((line) => line.record);
    expect(lines.map((line) => [line.operationId, line.status, line.attempt])).toEqual([
      ["getAccessToken", 200, 1],
      ["submitOrder", 400, 1],
    ]);
    expect(lines[1]).toMatchObject({ method: "POST", path: "/Voice/v1/Numbers/order", lumenCode: 20032, durationMs: expect.any(Number) });
    const everything = JSON.stringify(logger.records);
    // Neither secrets nor the subscriber's personal data reach the log.
    for (const secret of [APPS.acme.clientSecret, "4321", "Basic ", "Bearer ", "Ann Oneil", "Eldorado"]) expect(everything).not.toContain(secret);
  });
});
