import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LUMEN_OPERATIONS } from "@/lib/lumen/operations";
import { getResponseSchema } from "@/lib/lumen/schemas/registry";
import { startTestSandbox, type TestSandbox } from "../testing/sandbox-harness";
import type { VoiceOperationId } from "../http/voice-handler";

// Every operation of the contract answers a valid request with a body its response
// schema accepts: the portal's client validates what "Lumen" returns, so the sandbox
// must never return a shape the client would refuse.

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  token = await sandbox.token();
});
afterAll(() => sandbox.close());

const subscriberLine = {
  customerType: "R",
  firstName: "Ada",
  lastName: "Byron",
  serviceAddress: { streetNumber: "9", streetName: "Larimer", city: "Denver", state: "CO", zip: "80202" },
};

/** A valid call per operation, in an order where each can build on the ones before. */
const SAMPLES: Array<[VoiceOperationId, "GET" | "POST", string, unknown?]> = [
  ["listRateCenters", "GET", "/Numbers/rateCenters?productID=2042&state=WA&pageSize=2"],
  ["checkAddressCoverage", "GET", "/Numbers/coverage?streetNumber=1&streetName=Main&city=Denver&state=CO&zip=80202"],
  ["checkTnPortability", "POST", "/Numbers/coverage", { tnList: ["3035551234", { startTN: "3035559998", endTN: "3035559999" }] }],
  ["checkRateCenterUtilization", "POST", "/Numbers/rateCenters/utilization", { productID: "2036", rateCenters: [{ rateCenter: "DENVER", state: "CO" }] }],
  ["orderInventory", "POST", "/Numbers/orderInventory", { productID: "2036", externalOrderID: "c-1", rateCenters: [{ rateCenter: "BOULDER", state: "CO", quantity: 30 }] }],
  ["listReservedInventory", "GET", "/Numbers/inventory?NPA=303&NXX=974"],
  ["submitOrder", "POST", "/Numbers/order", { orderType: "NEW", productID: "2036", tnList: ["3039740001"], subscriberLines: [subscriberLine] }],
  ["submitOrder", "POST", "/Numbers/order", {
    orderType: "LNP",
    productID: "2036",
    tnList: ["3035551234"],
    subscriberLines: [subscriberLine],
    customerRequestDate: "2026-03-03T00:00:00Z",
    loaName: "Ada Byron",
    loaReceived: "Y",
    loaDateTime: "2026-03-01T00:00:00Z",
    losingCarrierWirelessLnp: "N",
  }],
  ["changeOrder", "POST", "/Numbers/order/change", { productID: "2036", tnList: ["3039740101"], cnam: { customerName: "ADA", blockCustomerName: "N" } }],
  ["disconnectOrder", "POST", "/Numbers/order/disconnect", { tnList: ["3039740102"], customerRequestDate: "2026-03-04T00:00:00Z" }],
  ["getOrderStatus", "GET", "/Numbers/orderStatus?externalOrderID=c-1"],
  ["listNotifications", "GET", "/Numbers/notifications?fromDateTime=2026-03-01T00:00:00Z"],
  ["getActiveInventoryReport", "GET", "/Numbers/inventoryDetails?pageSize=3"],
  ["submitCustomerApproval", "POST", "/Numbers/customerApproval", { voiceOrderId: "VO00000001", decision: "ACCEPT_AVAILABLE_ONLY" }],
  ["supplementOrder", "POST", "/Numbers/order/VO00000003/supplement", { customerRequestDate: "2026-03-10T00:00:00Z" }],
  ["portNow", "POST", "/Numbers/lnp/portnow", { voiceOrderId: "VO00000003" }],
  ["cancelOrder", "POST", "/Numbers/order/cancel", { voiceOrderId: "VO00000005" }],
];

// The OpenAPI document itself (not only the zod schemas it was built from) judges each
// answer: the operation's documented 200 response, with its $refs resolved by ajv.
const openApi = parse(readFileSync("lib/lumen/openapi.yaml", "utf8")) as {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
};
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ ...openApi, $id: "lumen-openapi.json" });

function documentedResponse(operationId: string): unknown {
  for (const [path, methods] of Object.entries(openApi.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (operation.operationId !== operationId) continue;
      const escapedPath = path.replaceAll("~", "~0").replaceAll("/", "~1");
      const content = operation.responses["200"]?.content?.["application/json"];
      if (content) return { $ref: `lumen-openapi.json#/paths/${escapedPath}/${method}/responses/200/content/application~1json/schema` };
    }
  }
  throw new Error(`${operationId} has no documented 200 JSON response`);
}

describe("responses match the contract", () => {
  it("has a sample for every /Voice operation", () => {
    const sampled = new Set(SAMPLES.map(([id]) => id));
    const operations = LUMEN_OPERATIONS.filter((op) => op.auth === "bearer").map((op) => op.operationId);
    expect(operations.filter((id) => !sampled.has(id))).toEqual([]);
  });

  it("answers each sample with 200 and a body of the operation's response schema", async () => {
    for (const [operationId, method, path, body] of SAMPLES) {
      const reply = await sandbox.voice(method, path, { token, body });
      expect({ operationId, status: reply.status, body: reply.body }).toMatchObject({ operationId, status: 200 });
      const operation = LUMEN_OPERATIONS.find((op) => op.operationId === operationId)!;
      const parsed = getResponseSchema(operation.response).safeParse(reply.body);
      expect({ operationId, issues: parsed.error?.issues ?? [] }).toEqual({ operationId, issues: [] });
      const validByDocument = ajv.validate(documentedResponse(operationId) as object, reply.body);
      expect({ operationId, errors: validByDocument ? [] : ajv.errors }).toEqual({ operationId, errors: [] });
      // Let the backorder (VO00000001) and the port's FOC (VO00000003) happen before their follow-ups.
      if (operationId === "orderInventory" || operationId === "disconnectOrder") await sandbox.advance({ minutes: 11 });
    }
  });
});
