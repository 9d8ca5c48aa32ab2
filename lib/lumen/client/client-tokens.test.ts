import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { lumenMessage } from "@/lib/lumen/codes";
import { APPS, startTestSandbox, type TestSandbox } from "@/lib/sandbox/testing/sandbox-harness";
import { countingSend, createTestClient, LIST_DENVER_AREA } from "./client-test-kit";
import { LumenError } from "./lumen-error";
import { createTokenCache } from "./token-cache";

// OAuth over real HTTP against the sandbox: one token fetch however many calls start
// together, and exactly one refresh however many calls see the token expire.

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

const TOKEN_PATH = "/oauth/token";
const RATE_CENTERS = "/Numbers/rateCenters";

function fiftyCalls(client: ReturnType<typeof createTestClient>["client"]) {
  return Promise.all(Array.from({ length: 50 }, () => client.listRateCenters(LIST_DENVER_AREA)));
}

describe("token cache", () => {
  it("fetches one token for 50 concurrent calls, then reuses it", async () => {
    const { client, wire } = createTestClient(sandbox);

    const answers = await fiftyCalls(client);
    await client.listRateCenters(LIST_DENVER_AREA);

    expect(answers.every((answer) => answer.rateCenters.length > 0)).toBe(true);
    expect(wire.count("POST", TOKEN_PATH)).toBe(1);
    expect(wire.count("GET", RATE_CENTERS)).toBe(51);
  });

  it("shares a cache between clients of one organization, and keys it by customer number", async () => {
    const cache = createTokenCache();
    const wire = countingSend();
    const reseller = { ...APPS.reseller, tokenCache: cache, send: wire.send };
    const acmeOne = createTestClient(sandbox, { ...reseller, customerNumber: "1-ABC-23" }).client;
    const acmeTwo = createTestClient(sandbox, { ...reseller, customerNumber: "1-ABC-23" }).client;
    const bluebird = createTestClient(sandbox, { ...reseller, customerNumber: "2-B6-7890" }).client;

    await Promise.all([acmeOne, acmeTwo, bluebird].map((client) => client.listRateCenters(LIST_DENVER_AREA)));

    expect(wire.count("POST", TOKEN_PATH)).toBe(2);
  });

  it("refreshes an expired token (403006) exactly once for 20 concurrent calls, which then succeed", async () => {
    const { client, wire } = createTestClient(sandbox);
    await client.listRateCenters(LIST_DENVER_AREA);
    await sandbox.admin("POST", "/tokens/expire", {});

    const answers = await Promise.all(Array.from({ length: 20 }, () => client.listRateCenters(LIST_DENVER_AREA)));

    expect(answers).toHaveLength(20);
    expect(wire.count("POST", TOKEN_PATH)).toBe(2);
    // Each call: once with the expired token, once with the new one.
    expect(wire.count("GET", RATE_CENTERS)).toBe(1 + 20 * 2);
  });

  it("refreshes once when the virtual clock steps past the token's lifetime, POSTs included", async () => {
    const { client, wire } = createTestClient(sandbox);
    await client.listRateCenters(LIST_DENVER_AREA);
    await sandbox.advance({ hours: 2 });

    const utilization = await client.checkRateCenterUtilization({ productID: "2036", rateCenters: [{ rateCenter: "DENVER", state: "CO" }] });

    expect(utilization).toBeDefined();
    expect(wire.count("POST", TOKEN_PATH)).toBe(2);
    expect(wire.count("POST", "/Numbers/rateCenters/utilization")).toBe(2);
  });

  it("also refreshes once on 403002, a token Lumen no longer knows (here: the sandbox was reset)", async () => {
    const { client, wire } = createTestClient(sandbox);
    await client.listRateCenters(LIST_DENVER_AREA);
    await sandbox.reset();

    await Promise.all(Array.from({ length: 5 }, () => client.listRateCenters(LIST_DENVER_AREA)));

    expect(wire.count("POST", TOKEN_PATH)).toBe(2);
  });

  it("fetchToken is a connection test: a fresh token, its expiry, never the token itself", async () => {
    const { client, wire } = createTestClient(sandbox);
    const info = await client.fetchToken();
    expect(Object.keys(info).sort()).toEqual(["expiresAt", "tokenType"]);
    expect(info.tokenType).toBe("Bearer");
    expect(info.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3000_000);
    await client.listRateCenters(LIST_DENVER_AREA);
    expect(wire.count("POST", TOKEN_PATH)).toBe(1);
  });

  it("wrong credentials answer 403001 with the table's message, after one token call (a 403 is not retried)", async () => {
    const { client, wire } = createTestClient(sandbox, { clientSecret: "not-the-secret" });
    const failure = await client.fetchToken().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LumenError);
    expect(failure).toMatchObject({ code: 403001, httpStatus: 403, message: lumenMessage(403001), operationId: "getAccessToken", retryable: false });
    expect(wire.count("POST", TOKEN_PATH)).toBe(1);
  });
});
