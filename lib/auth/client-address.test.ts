import { describe, expect, it } from "vitest";
import { clientAddress, proxyHops } from "./client-address";

// Behind one proxy (the default) the address is the one that proxy appended: whatever the
// client wrote before it is ignored, so a forged header neither escapes the sign-in
// throttle nor writes another address into the audit trail.

describe("clientAddress", () => {
  it("takes the address the portal's own proxy appended, not one the client wrote", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.50.0.2, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "10.50.0.2,10.50.0.3 , 203.0.113.9" })).toBe("203.0.113.9");
  });

  it("with a CDN before the proxy, takes the entry the CDN appended", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.50.0.2, 203.0.113.9, 198.51.100.7" }), 2)).toBe("203.0.113.9");
    // Fewer entries than proxies: the farthest one known.
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }), 2)).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to unknown", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": " , " }))).toBe("unknown");
  });

  it("reads the number of proxies from PORTAL_PROXY_HOPS, 1 unless it is a whole number from 1 to 10", () => {
    expect(proxyHops({})).toBe(1);
    expect(proxyHops({ PORTAL_PROXY_HOPS: "2" })).toBe(2);
    for (const wrong of ["0", "-1", "1.5", "eleven", "11"]) expect(proxyHops({ PORTAL_PROXY_HOPS: wrong })).toBe(1);
  });
});
