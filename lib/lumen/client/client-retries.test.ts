import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { lumenMessage } from "@/lib/lumen/codes";
import { startTestSandbox, type TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { createTestClient, failureOf, LIST_DENVER_AREA, reserveDenver } from "./client-test-kit";
import { LumenError, LumenTransportError } from "./lumen-error";

// Transient failures over real HTTP, with the sandbox's fault injection: GETs and the token
// call are retried, POSTs never are, and a POST whose fate is unknown says it may have
// reached Lumen so that the order engine reconciles before sending it again.

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await sandbox.reset();
  await sandbox.admin("DELETE", "/faults");
});

const RATE_CENTERS = "/Numbers/rateCenters";
const ORDER_INVENTORY = "/Numbers/orderInventory";

async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A Lumen stand-in that issues tokens but drops the connection of every other request once it has read it. */
async function startConnectionDropper(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.url === "/oauth/token") return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ access_token: "t", token_type: "Bearer", expires_in: 3600 }));
      req.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("retries", () => {
  it("retries a GET through two 503s with jittered backoff, then succeeds", async () => {
    await sandbox.admin("POST", "/faults", { kind: "status", pattern: `*${RATE_CENTERS}`, status: 503, method: "GET", count: 2 });
    const { client, wire, delays } = createTestClient(sandbox, { retry: { random: () => 0.5 } });

    const answer = await client.listRateCenters(LIST_DENVER_AREA);

    expect(answer.rateCenters.length).toBeGreaterThan(0);
    expect(wire.count("GET", RATE_CENTERS)).toBe(3);
    // Full jitter at 0.5 of a ceiling that doubles from 200 ms.
    expect(delays).toEqual([100, 200]);
  });

  it("gives up on a GET after three attempts and surfaces the 504", async () => {
    await sandbox.admin("POST", "/faults", { kind: "status", pattern: `*${RATE_CENTERS}`, status: 504, method: "GET" });
    const { client, wire } = createTestClient(sandbox);

    const failure = await failureOf(client.listRateCenters(LIST_DENVER_AREA));

    expect(failure).toMatchObject({ code: 504001, httpStatus: 504, retryable: true, mayHaveArrived: false });
    expect(wire.count("GET", RATE_CENTERS)).toBe(3);
  });

  it("never retries a POST: a 503 surfaces as LumenError 503001, retryable", async () => {
    await sandbox.admin("POST", "/faults", { kind: "status", pattern: `*${ORDER_INVENTORY}`, status: 503, count: 1 });
    const { client, wire } = createTestClient(sandbox);

    const failure = await failureOf(client.orderInventory(reserveDenver("ord-503")));

    expect(failure).toBeInstanceOf(LumenError);
    expect(failure).toMatchObject({ code: 503001, httpStatus: 503, message: lumenMessage(503001), retryable: true, operationId: "orderInventory" });
    expect(wire.count("POST", ORDER_INVENTORY)).toBe(1);
  });
});

describe("a POST that may have reached Lumen", () => {
  it("504 after processing: mayHaveArrived, and the order is there when asked by externalOrderID", async () => {
    await sandbox.admin("POST", "/faults", { kind: "status-after-processing", pattern: `*${ORDER_INVENTORY}`, status: 504, count: 1 });
    const { client, wire } = createTestClient(sandbox);

    const failure = await failureOf(client.orderInventory(reserveDenver("ord-lost-answer")));

    expect(failure).toBeInstanceOf(LumenError);
    expect(failure).toMatchObject({ code: 504001, httpStatus: 504, retryable: true, mayHaveArrived: true });
    expect(wire.count("POST", ORDER_INVENTORY)).toBe(1);
    const status = await client.getOrderStatus({ externalOrderID: "ord-lost-answer" });
    expect(status).toMatchObject({ externalOrderID: "ord-lost-answer", orderType: "RESERVE" });
  });

  it("a time-out is LumenTransportError timeout; for a POST it may have arrived", async () => {
    await sandbox.admin("POST", "/faults", { kind: "latency", pattern: `*${ORDER_INVENTORY}`, latencyMs: 400, count: 1 });
    const { client, wire } = createTestClient(sandbox, { timeoutMs: 100 });
    await client.fetchToken();

    const failure = await failureOf(client.orderInventory(reserveDenver("ord-slow")));

    expect(failure).toBeInstanceOf(LumenTransportError);
    expect(failure).toMatchObject({ kind: "timeout", method: "POST", operationId: "orderInventory", mayHaveArrived: true });
    expect(wire.count("POST", ORDER_INVENTORY)).toBe(1);
  });

  it("a GET that times out is retried, then reports the time-out (mayHaveArrived false: a GET changes nothing)", async () => {
    await sandbox.admin("POST", "/faults", { kind: "latency", pattern: `*${RATE_CENTERS}`, latencyMs: 300, count: 3 });
    const { client, wire } = createTestClient(sandbox, { timeoutMs: 100 });

    const failure = await failureOf(client.listRateCenters(LIST_DENVER_AREA));

    expect(failure).toMatchObject({ kind: "timeout", method: "GET", mayHaveArrived: false });
    expect(wire.count("GET", RATE_CENTERS)).toBe(3);
  });

  it("a token call that times out says nothing arrived: the order itself was never sent", async () => {
    await sandbox.admin("POST", "/faults", { kind: "latency", pattern: "/oauth/token", latencyMs: 300, count: 3 });
    const { client, wire } = createTestClient(sandbox, { timeoutMs: 100 });

    const failure = await failureOf(client.orderInventory(reserveDenver("ord-no-token")));

    expect(failure).toMatchObject({ kind: "timeout", operationId: "getAccessToken", mayHaveArrived: false });
    expect(wire.count("POST", "/oauth/token")).toBe(3);
    expect(wire.count("POST", ORDER_INVENTORY)).toBe(0);
  });

  it("a connection dropped after the request was sent: network, and a POST may have arrived", async () => {
    const dropper = await startConnectionDropper();
    try {
      const { client, wire } = createTestClient(sandbox, { baseUrl: dropper.url });
      const failure = await failureOf(client.orderInventory(reserveDenver("ord-reset")));
      expect(failure).toBeInstanceOf(LumenTransportError);
      expect(failure).toMatchObject({ kind: "network", operationId: "orderInventory", mayHaveArrived: true });
      expect(wire.count("POST", ORDER_INVENTORY)).toBe(1);
    } finally {
      await dropper.close();
    }
  });

  it("a refused connection is a network failure that surely did not arrive", async () => {
    const port = await unusedPort();
    const { client, wire } = createTestClient(sandbox, { baseUrl: `http://127.0.0.1:${port}` });

    const failure = await failureOf(client.orderInventory(reserveDenver("ord-refused")));

    expect(failure).toBeInstanceOf(LumenTransportError);
    // The token call (retried: it is safe) fails before the order is ever sent.
    expect(failure).toMatchObject({ kind: "network", mayHaveArrived: false, operationId: "getAccessToken" });
    expect(wire.count("POST", "/oauth/token")).toBe(3);
    expect(wire.count("POST", ORDER_INVENTORY)).toBe(0);
  });
});
