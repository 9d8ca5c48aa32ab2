import { describe, expect, it } from "vitest";
import { makeOrderSubmissionSchema } from "@/lib/orders/order-submission-schema";
import { keptForTheDay } from "./kept-for-the-day";
import { buildRequestSchema } from "./registry";

// Schemas whose date rules compare with "now" are kept for a UTC day: built once for the
// day, never used on the next one (a date allowed today may be in the past tomorrow).

const at = (iso: string) => ({ now: new Date(iso) });

describe("keptForTheDay", () => {
  it("builds once per key and UTC day, with that day's clock", () => {
    const builtWith: string[] = [];
    const schemaOf = keptForTheDay((key: string, clock) => {
      builtWith.push(`${key} ${clock.now.toISOString()}`);
      return { key, day: clock.now.toISOString().slice(0, 10) };
    });

    const morning = schemaOf("a", at("2026-11-27T00:00:01Z"));
    expect(schemaOf("a", at("2026-11-27T23:59:59Z"))).toBe(morning);
    expect(schemaOf("b", at("2026-11-27T12:00:00Z"))).toEqual({ key: "b", day: "2026-11-27" });
    expect(schemaOf("a", at("2026-11-28T00:00:00Z"))).toEqual({ key: "a", day: "2026-11-28" });
    expect(builtWith).toEqual(["a 2026-11-27T00:00:01.000Z", "b 2026-11-27T12:00:00.000Z", "a 2026-11-28T00:00:00.000Z"]);
  });

  it("keeps the order submission and request schemas for the day, and builds them again the next", () => {
    const today = makeOrderSubmissionSchema(at("2026-12-01T08:00:00Z"));
    expect(makeOrderSubmissionSchema(at("2026-12-01T20:00:00Z"))).toBe(today);
    expect(makeOrderSubmissionSchema(at("2026-12-02T08:00:00Z"))).not.toBe(today);

    const disconnect = buildRequestSchema("DisconnectRequest", at("2026-12-03T08:00:00Z"));
    expect(buildRequestSchema("DisconnectRequest", at("2026-12-03T23:00:00Z"))).toBe(disconnect);
    expect(buildRequestSchema("DisconnectRequest", at("2026-12-04T00:00:00Z"))).not.toBe(disconnect);
  });
});
