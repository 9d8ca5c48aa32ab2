import { describe, expect, it } from "vitest";
import { cameFromAnotherOrigin, refuseCrossSiteChange } from "./refuse-cross-site";

const headers = (entries: Record<string, string>) => new Headers({ host: "portal.example.com", ...entries });

describe("where a request came from", () => {
  it("believes the browser's Sec-Fetch-Site: only the portal's own origin, or the person typing the address, is at home", () => {
    expect(cameFromAnotherOrigin(headers({ "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(cameFromAnotherOrigin(headers({ "sec-fetch-site": "none" }))).toBe(false);
    expect(cameFromAnotherOrigin(headers({ "sec-fetch-site": "same-site" }))).toBe(true);
    expect(cameFromAnotherOrigin(headers({ "sec-fetch-site": "cross-site" }))).toBe(true);
  });

  it("compares Origin with the address the browser used when there is no Sec-Fetch-Site", () => {
    expect(cameFromAnotherOrigin(headers({ origin: "https://portal.example.com" }))).toBe(false);
    expect(cameFromAnotherOrigin(headers({ origin: "https://evil.example" }))).toBe(true);
    expect(cameFromAnotherOrigin(headers({ origin: "https://portal.example.com.evil.example" }))).toBe(true);
    expect(cameFromAnotherOrigin(headers({ origin: "null" }))).toBe(true);
    // Behind a proxy that rewrites Host, the forwarded host is the one the browser used.
    expect(cameFromAnotherOrigin(new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "portal.example.com", origin: "https://portal.example.com" }))).toBe(false);
  });

  it("takes a request that says neither for a script's, not a page's", () => {
    expect(cameFromAnotherOrigin(headers({}))).toBe(false);
  });
});

describe("refusing a change from another site", () => {
  it("refuses POST, PATCH, PUT and DELETE from another site, and lets reads through", () => {
    const foreign = headers({ "sec-fetch-site": "cross-site" });
    for (const method of ["POST", "PATCH", "PUT", "DELETE"]) {
      expect(() => refuseCrossSiteChange({ method, headers: foreign })).toThrow("came from a page of another site");
    }
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(() => refuseCrossSiteChange({ method, headers: foreign })).not.toThrow();
    expect(() => refuseCrossSiteChange({ method: "POST", headers: headers({ "sec-fetch-site": "same-origin" }) })).not.toThrow();
  });
});
