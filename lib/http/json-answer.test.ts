import { describe, expect, it } from "vitest";
import { COMPRESS_FROM_BYTES, jsonAnswer } from "./json-answer";

// What reaches the compression middleware: an answer under the threshold says
// no-transform (so it goes out plain), a larger one does not (so it is gzipped for a
// browser that accepts it). The e2e orders spec sees both through `npm start`.
describe("jsonAnswer", () => {
  it("marks an answer under 1 KB no-transform and keeps its status and body", async () => {
    const answer = jsonAnswer({ order: { id: "ord_1", status: "accepted" } }, { status: 201 });
    expect(answer.status).toBe(201);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.headers.get("cache-control")).toBe("no-transform");
    expect(await answer.json()).toEqual({ order: { id: "ord_1", status: "accepted" } });
  });

  it("leaves an answer of 1 KB or more to be compressed", async () => {
    const body = { text: "x".repeat(COMPRESS_FROM_BYTES) };
    const answer = jsonAnswer(body);
    expect(answer.headers.get("cache-control")).toBeNull();
    expect(await answer.json()).toEqual(body);
  });

  it("counts bytes, not characters", () => {
    // 400 characters of three bytes each: 1,200 bytes once encoded.
    expect(jsonAnswer({ text: "€".repeat(400) }).headers.get("cache-control")).toBeNull();
    expect(jsonAnswer({ text: "e".repeat(400) }).headers.get("cache-control")).toBe("no-transform");
  });

  it("keeps the caller's headers and cache directives", () => {
    const answer = jsonAnswer({ error: "invalid_client" }, { status: 401, headers: { "Cache-Control": "no-store", "WWW-Authenticate": "Basic" } });
    expect(answer.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(answer.headers.get("www-authenticate")).toBe("Basic");
  });
});
