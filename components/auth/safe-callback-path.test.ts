import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

const ORIGIN = "https://portal.example";

describe("safeCallbackPath", () => {
  it.each([
    ["/acme/orders", "/acme/orders"],
    ["/acme/orders?status=rejected#top", "/acme/orders?status=rejected#top"],
    [`${ORIGIN}/acme`, "/acme"],
  ])("keeps the same-origin target %s", (input, expected) => {
    expect(safeCallbackPath(input, ORIGIN)).toBe(expected);
  });

  it.each([
    [undefined],
    [""],
    ["https://evil.example/acme"],
    ["//evil.example/acme"],
    ["/\\evil.example/acme"],
    ["javascript:alert(1)"],
    ["http://portal.example/acme"],
    ["/.//evil.example/phish"],
    ["/..//evil.example/phish"],
    [`${ORIGIN}//evil.example/phish`],
    ["/%2e//evil.example/phish"],
  ])("falls back to / for %s", (input) => {
    expect(safeCallbackPath(input, ORIGIN)).toBe("/");
  });
});
