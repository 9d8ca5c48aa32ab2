import { describe, expect, it } from "vitest";
import { OrderStatus } from "@/lib/db/generated/enums";
import { FINAL_STATUSES, IN_FLIGHT_STATUSES, OPEN_STATUSES, WORKING_STATUSES } from "./lumen-status";

// The dashboard, the stuck-orders page, the order's actions and a reseller's limit each read
// one of these groups. A status in neither "open" nor "final" would drop out of all of them.
describe("the groups of order statuses", () => {
  it("put every status in exactly one of open and final", () => {
    const statuses = Object.values(OrderStatus);
    for (const status of statuses) expect([OPEN_STATUSES.has(status), FINAL_STATUSES.has(status)]).toContain(true);
    expect(OPEN_STATUSES.size + FINAL_STATUSES.size).toBe(statuses.length);
  });

  it("count as in flight at Lumen only open orders Lumen has taken, and as working only those waiting for nobody else", () => {
    expect([...IN_FLIGHT_STATUSES].every((status) => OPEN_STATUSES.has(status))).toBe(true);
    expect(IN_FLIGHT_STATUSES.has("submitting")).toBe(false);
    expect(IN_FLIGHT_STATUSES.has("unconfirmed")).toBe(false);
    expect([...WORKING_STATUSES].every((status) => IN_FLIGHT_STATUSES.has(status))).toBe(true);
    // An order waiting for the partner's approval is not late on Lumen's side.
    expect(WORKING_STATUSES.has("awaiting_approval")).toBe(false);
  });
});
