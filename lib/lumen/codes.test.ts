import { describe, expect, it } from "vitest";
import { allLumenCodes, appliesToOrderKind, getLumenCode, getLumenCodeScopes, getLumenNotification } from "./codes";

describe("Lumen code look-ups", () => {
  it("throws on a code the guide does not list", () => {
    expect(() => getLumenCode(20099)).toThrow(/Unknown Lumen code: 20099/);
  });

  it("prefers the error row of a code that is also a notification", () => {
    expect(getLumenCode(20020).kind).toBe("error");
    expect(getLumenNotification(20020).kind).toBe("notification");
    expect(() => getLumenNotification(20013)).toThrow();
  });

  it("gives every code of the table an order-kind scope", () => {
    for (const code of allLumenCodes()) expect(getLumenCodeScopes(code).length).toBeGreaterThan(0);
  });

  it("answers which codes apply to which orders", () => {
    expect(appliesToOrderKind(20068, "disconnect")).toBe(true);
    expect(appliesToOrderKind(20068, "install")).toBe(false);
    expect(appliesToOrderKind(403006, "cancel")).toBe(true);
  });
});
