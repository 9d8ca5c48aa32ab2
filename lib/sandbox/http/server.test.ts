import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { lumenErrorBody } from "@/lib/lumen/schemas/error-body";
import { APPS, startTestSandbox, type TestSandbox } from "../testing/sandbox-harness";

// The server core and authentication, over real HTTP: every failure answers with the
// contract's error body and the status of the code's row.

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ bodyLimitBytes: 4096 });
  token = await sandbox.token();
});
afterAll(() => sandbox.close());

const rateCenters = "/Numbers/rateCenters?productID=2036";

describe("transport", () => {
  it.each([
    ["an unknown path", "GET", "/Numbers/nothing-here", 404, 404001],
    ["a known path with the wrong method", "GET", "/Numbers/orderInventory", 405, 405001],
  ] as const)("answers %s", async (_case, method, path, status, code) => {
    const reply = await sandbox.voice(method, path, { token });
    expect(reply.status).toBe(status);
    expect(reply.body).toEqual(lumenErrorBody(code));
  });

  it("serves the guide's singular alias /Number/rateCenters", async () => {
    const reply = await sandbox.voice("GET", "/Number/rateCenters?productID=2042&state=AZ", { token });
    expect(reply.status).toBe(200);
    expect(reply.body.rateCenters.map((rc: { rateCenter: string }) => rc.rateCenter)).toEqual(["PHOENIX", "TUCSON", "FLAGSTAFF"]);
  });

  it("answers 406001 for a body that is not JSON, or an Accept it cannot meet", async () => {
    const wrongType = await sandbox.voice("POST", "/Numbers/orderInventory", {
      token,
      body: {},
      headers: { "content-type": "text/plain" },
    });
    expect(wrongType.status).toBe(406);
    expect(wrongType.body.code).toBe(406001);
    const wrongAccept = await sandbox.voice("GET", rateCenters, { token, headers: { accept: "application/xml" } });
    expect(wrongAccept.body).toEqual(lumenErrorBody(406001));
  });

  it("answers 400 in the error shape for malformed JSON, and 413 for an oversized body", async () => {
    const response = await fetch(`${sandbox.url}/Voice/v1/Numbers/orderInventory`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "x-customer-number": "1-ABC-23", "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 400, message: expect.any(String) });

    const big = await sandbox.voice("POST", "/Numbers/orderInventory", { token, body: { padding: "x".repeat(10_000) } });
    expect(big.status).toBe(413);
  });

  it("answers an unexpected exception with 500001 and nothing of its internals", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const filter = vi.spyOn(sandbox.server.sandbox.catalog.seed.rateCenters, "filter").mockImplementation(() => {
      throw new Error("secret internals");
    });
    const reply = await sandbox.voice("GET", rateCenters, { token });
    filter.mockRestore();
    quiet.mockRestore();
    expect(reply).toEqual({ status: 500, body: lumenErrorBody(500001) });
  });

  it("answers a schema failure with the rule's Lumen code", async () => {
    const reply = await sandbox.voice("POST", "/Numbers/orderInventory", {
      token,
      body: { productID: "2036", rateCenters: [{ rateCenter: "DENVER", state: "CO", quantity: 400 }] },
    });
    expect(reply).toEqual({ status: 400, body: lumenErrorBody(10007) });
  });
});

describe("lists", () => {
  it("filter and page the reserved inventory", async () => {
    const page = await sandbox.voice("GET", "/Numbers/inventory?NPA=303&NXX=974&pageSize=4&pageNumber=3", { token });
    expect(page.body).toMatchObject({ pageNumber: 3, pageSize: 4, totalCount: 10 });
    expect(page.body.telephoneNumbers.map((tn: { telephoneNumber: string }) => tn.telephoneNumber)).toEqual(["3039740009", "3039740010"]);
    expect((await sandbox.voice("GET", "/Numbers/inventory?pageSize=0", { token })).body).toEqual(lumenErrorBody(20104));
    expect((await sandbox.voice("GET", "/Numbers/inventory?NXX=974", { token })).body).toEqual(lumenErrorBody(20091));
  });
});

describe("authentication", () => {
  it("issues tokens for client credentials and refuses a wrong secret with 403001", async () => {
    const wrong = await fetch(`${sandbox.url}/oauth/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${APPS.acme.clientId}:nope`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual(lumenErrorBody(403001));
  });

  it.each([
    ["no Authorization header", undefined, "1-ABC-23", 403, 403001],
    ["an unknown token", "not-a-token", "1-ABC-23", 403, 403002],
    ["an unknown customer number", "valid", "9-ZZ-9999", 400, 1429],
    ["an inactive customer number", "valid", "4-IN-0000", 400, 1429],
    ["a customer number of other credentials", "valid", "2-B6-7890", 400, 1403],
  ] as const)("answers %s", async (_case, given, customer, status, code) => {
    const reply = await sandbox.voice("GET", rateCenters, { token: given === "valid" ? token : given, customer });
    expect(reply).toEqual({ status, body: lumenErrorBody(code) });
  });

  it("expires tokens on the virtual clock (403006)", async () => {
    const shortLived = await sandbox.token("bluebird");
    const before = await sandbox.voice("GET", rateCenters, { token: shortLived, customer: "2-B6-7890" });
    expect(before.status).toBe(200);
    await sandbox.advance({ seconds: 3600 });
    const after = await sandbox.voice("GET", rateCenters, { token: shortLived, customer: "2-B6-7890" });
    expect(after).toEqual({ status: 403, body: lumenErrorBody(403006) });
    token = await sandbox.token();
  });

  it("expires tokens on demand through the admin API", async () => {
    const reply = await sandbox.admin("POST", "/tokens/expire", { clientId: APPS.acme.clientId });
    expect(reply.body.expired).toBeGreaterThan(0);
    expect((await sandbox.voice("GET", rateCenters, { token })).body.code).toBe(403006);
    token = await sandbox.token();
  });

  it("protects the admin API with its token", async () => {
    const response = await fetch(`${sandbox.url}/_sandbox/clock`);
    expect(response.status).toBe(401);
  });
});
