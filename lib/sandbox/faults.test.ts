import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { lumenErrorBody } from "@/lib/lumen/schemas/error-body";
import { startTestSandbox, type TestSandbox } from "./testing/sandbox-harness";

// Fault injection through the admin API, reset, and state that survives a restart.

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await sandbox.reset();
  token = await sandbox.token();
});

const rateCenters = "/Numbers/rateCenters?productID=2036";
const reservation = (externalOrderID: string) => ({
  token,
  body: { productID: "2036", externalOrderID, rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 1 }] },
});

describe("fault injection", () => {
  it("answers 503 for the next N matching calls, then recovers", async () => {
    const fault = await sandbox.admin("POST", "/faults", { kind: "status", pattern: "/Voice/v1/Numbers/rate*", status: 503, count: 2 });
    expect(fault.status).toBe(201);
    expect((await sandbox.voice("GET", rateCenters, { token })).body).toEqual(lumenErrorBody(503001));
    expect((await sandbox.voice("GET", rateCenters, { token })).status).toBe(503);
    expect((await sandbox.voice("GET", rateCenters, { token })).status).toBe(200);
  });

  it("answers 504 only for the method asked for", async () => {
    await sandbox.admin("POST", "/faults", { kind: "status", pattern: "*", method: "POST", status: 504, count: 1 });
    expect((await sandbox.voice("GET", rateCenters, { token })).status).toBe(200);
    expect((await sandbox.voice("POST", "/Numbers/orderInventory", reservation("x"))).body).toEqual(lumenErrorBody(504001));
  });

  it("adds latency", async () => {
    await sandbox.admin("POST", "/faults", { kind: "latency", pattern: "*/rateCenters", latencyMs: 150, count: 1 });
    const started = Date.now();
    expect((await sandbox.voice("GET", rateCenters, { token })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("504 after processing: the order exists and can be found by externalOrderID", async () => {
    await sandbox.admin("POST", "/faults", { kind: "status-after-processing", pattern: "*/orderInventory", count: 1 });
    const lost = await sandbox.voice("POST", "/Numbers/orderInventory", reservation("portal-order-42"));
    expect(lost).toEqual({ status: 504, body: lumenErrorBody(504001) });
    const found = await sandbox.voice("GET", "/Numbers/orderStatus?externalOrderID=portal-order-42", { token });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ externalOrderID: "portal-order-42", status: "CREATED" });
  });

  it("lists and clears faults", async () => {
    await sandbox.admin("POST", "/faults", { kind: "status", pattern: "*", status: 503 });
    expect((await sandbox.admin("GET", "/faults")).body.faults).toHaveLength(1);
    expect((await sandbox.admin("DELETE", "/faults")).status).toBe(204);
    expect((await sandbox.voice("GET", rateCenters, { token })).status).toBe(200);
  });

  it("rejects a malformed fault", async () => {
    expect((await sandbox.admin("POST", "/faults", { kind: "status", pattern: "*", status: 500 })).status).toBe(400);
  });
});

describe("persistence", () => {
  it("keeps orders, numbers, timers and the virtual clock across a restart", async () => {
    const { voiceOrderId } = (await sandbox.voice("POST", "/Numbers/orderInventory", reservation("survivor"))).body;
    await sandbox.advance({ minutes: 1 });
    const clockBefore = (await sandbox.admin("GET", "/clock")).body.nowMs;
    await sandbox.restart();
    expect((await sandbox.admin("GET", "/clock")).body.nowMs).toBe(clockBefore);
    // The token and the pending completion job survived too.
    await sandbox.advance({ minutes: 4 });
    expect(await sandbox.codes(voiceOrderId, token)).toEqual([901, 10002, 10002]);
    expect(fs.readdirSync(sandbox.dataDir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("ignores a temp file a crash left behind", async () => {
    await sandbox.voice("POST", "/Numbers/orderInventory", reservation("before-crash"));
    await sandbox.server.sandbox.close();
    fs.writeFileSync(path.join(sandbox.dataDir, "state.json.99999.tmp"), '{"version":1,"half');
    await sandbox.restart();
    token = await sandbox.token();
    expect((await sandbox.voice("GET", "/Numbers/orderStatus?externalOrderID=before-crash", { token })).status).toBe(200);
    expect(fs.readdirSync(sandbox.dataDir)).toEqual(["state.json"]);
  });

  it("writes the state file whole: it always parses", async () => {
    for (let i = 0; i < 20; i++) await sandbox.voice("POST", "/Numbers/orderInventory", reservation(`bulk-${i}`));
    await sandbox.server.sandbox.close();
    const state = JSON.parse(fs.readFileSync(path.join(sandbox.dataDir, "state.json"), "utf8"));
    expect(Object.keys(state.orders)).toHaveLength(20);
    await sandbox.restart();
  });

  it("resets to the seed", async () => {
    await sandbox.voice("POST", "/Numbers/orderInventory", reservation("gone"));
    await sandbox.reset();
    token = await sandbox.token();
    expect((await sandbox.voice("GET", "/Numbers/orderStatus?externalOrderID=gone", { token })).body).toEqual(lumenErrorBody(20049));
  });
});
