import { describe, expect, it } from "vitest";
import { everAppliesTo, listedWhenNotPossible, orderActions, type OrderActionFacts, type OrderActionKind } from "./order-actions";

// Every action the order page offers, for each kind of order it may be shown on: what is
// possible, and for what is not, the words and Lumen's code the page and the server give.

// Thursday 2026-12-03, mid-morning UTC; Friday 4 Dec is the next business day.
const NOW = new Date("2026-12-03T10:00:00Z");

const inFlightPort: OrderActionFacts = {
  type: "port",
  status: "in_progress",
  focDate: new Date("2026-12-09T12:00:00Z"),
  voiceOrderId: "VO00000042",
  productId: "2036",
  hasNumbers: true,
  role: "operator",
  now: NOW,
};

const failedInstall: Partial<OrderActionFacts> & { placeAgain: NonNullable<OrderActionFacts["placeAgain"]> } = {
  type: "install",
  status: "failed",
  voiceOrderId: null,
  focDate: null,
  placeAgain: { requestRedacted: false, ownSlice: true, placedAgainAs: null },
};

type Expected = true | { reason: string | RegExp; lumenCode?: number };

const CASES: Array<[string, Partial<OrderActionFacts>, OrderActionKind, Expected]> = [
  ["an in-flight port with its FOC date can be supplemented", {}, "supplement", true],
  ["an in-flight port with its FOC date can be cancelled", {}, "cancel", true],
  ["an in-flight port with its FOC date can be ported now", {}, "port_now", true],
  ["an open order can be checked with Lumen", {}, "check_with_lumen", true],
  ["a viewer can still check with Lumen", { role: "viewer" }, "check_with_lumen", true],
  ["a port accepted but without FOC can be cancelled", { status: "accepted", focDate: null }, "cancel", true],
  ["a waiting reservation's backorder can be answered", { type: "reserve", status: "awaiting_approval", focDate: null }, "approve_backorder", true],
  ["an in-flight install can be cancelled", { type: "install", status: "accepted", focDate: null }, "cancel", true],

  ["a viewer cannot cancel", { role: "viewer" }, "cancel", { reason: /^Viewers cannot act on orders/ }],
  ["a viewer cannot supplement", { role: "viewer" }, "supplement", { reason: /^Viewers cannot act on orders/ }],
  ["a viewer cannot port now", { role: "viewer" }, "port_now", { reason: /^Viewers cannot act on orders/ }],
  ["a viewer cannot answer a backorder", { role: "viewer", type: "reserve", status: "awaiting_approval" }, "approve_backorder", { reason: /^Viewers cannot act on orders/ }],
  ["an install cannot be supplemented", { type: "install", status: "accepted", focDate: null }, "supplement", { reason: "Only port orders can be supplemented.", lumenCode: 20109 }],
  ["a reservation cannot be ported now", { type: "reserve", status: "accepted", focDate: null }, "port_now", { reason: "Only port orders can be ported now.", lumenCode: 20109 }],
  ["a completed port cannot be supplemented", { status: "completed" }, "supplement", { reason: /has completed; change the numbers/, lumenCode: 20109 }],
  ["a cancelled port cannot be supplemented", { status: "cancelled" }, "supplement", { reason: /finished/, lumenCode: 20109 }],
  ["a completed port cannot be cancelled (20238)", { status: "completed" }, "cancel", { reason: /^Completed orders cannot be cancelled/, lumenCode: 20238 }],
  ["a completed reservation cannot be cancelled (20065)", { type: "reserve", status: "completed", focDate: null }, "cancel", { reason: "Completed orders cannot be cancelled.", lumenCode: 20065 }],
  ["a cancelled order cannot be cancelled again (20108)", { status: "cancelled" }, "cancel", { reason: "This order is already cancelled.", lumenCode: 20108 }],
  ["a refused port has nothing to cancel", { status: "rejected" }, "cancel", { reason: /nothing to cancel/, lumenCode: 20238 }],
  ["an order that never reached Lumen cannot be cancelled", { status: "failed", voiceOrderId: null }, "cancel", { reason: /never reached Lumen/ }],
  ["an order refused when placed is not waiting for a voice order ID", { status: "rejected", voiceOrderId: null }, "cancel", { reason: /refused this order when it was placed/ }],
  ["an unconfirmed order cannot be cancelled yet", { status: "unconfirmed", voiceOrderId: null }, "cancel", { reason: /has not confirmed this order yet/ }],
  ["an order without a voice order ID cannot be cancelled", { status: "accepted", voiceOrderId: null }, "cancel", { reason: /voice order ID/ }],
  ["a cancel order cannot itself be cancelled", { type: "cancel", status: "completed" }, "cancel", { reason: /acts on another order/ }],
  [
    "a port whose FOC is on the next business day is still in time",
    { focDate: new Date("2026-12-04T12:00:00Z") },
    "cancel",
    true,
  ],
  [
    "a port whose FOC is today is inside the window (20066)",
    { focDate: new Date("2026-12-03T18:00:00Z") },
    "cancel",
    { reason: "FOC is on Thu 3 Dec: cancels close one business day before (20066). Once the port completes, change the numbers with a change order.", lumenCode: 20066 },
  ],
  [
    "over a weekend the window counts business days: Friday evening, FOC Monday is still in time",
    { now: new Date("2026-12-04T20:00:00Z"), focDate: new Date("2026-12-07T09:00:00Z") },
    "cancel",
    true,
  ],
  [
    "a Sunday FOC check on Saturday is inside the window, weekends are not business days",
    { now: new Date("2026-12-05T09:00:00Z"), focDate: new Date("2026-12-06T09:00:00Z") },
    "cancel",
    { reason: /^FOC is on Sun 6 Dec/, lumenCode: 20066 },
  ],
  ["the FOC window does not bind an install", { type: "install", status: "in_progress", focDate: new Date("2026-12-03T18:00:00Z") }, "cancel", true],
  ["a child order cannot be cancelled when Lumen reports none", {}, "cancel_child", { reason: /no child \(transaction\) orders/ }],
  ["a child order can be cancelled when Lumen reports some", { childOrderIds: ["VO00000042-1"] }, "cancel_child", true],
  ["a child order of a completed port cannot be cancelled either", { status: "completed", childOrderIds: ["VO00000042-1"] }, "cancel_child", { reason: /^Completed orders/, lumenCode: 20238 }],
  ["a port without FOC cannot be ported now", { status: "accepted", focDate: null }, "port_now", { reason: /has not set the FOC date yet/, lumenCode: 1612 }],
  // 1612 is Lumen's answer for a port without its FOC date or concurrence yet, not for a finished one.
  ["a completed port cannot be ported now", { status: "completed" }, "port_now", { reason: "This port is finished." }],
  ["a rejected port cannot be ported now", { status: "rejected" }, "port_now", { reason: "This port is finished." }],
  ["a port not yet confirmed cannot be ported now", { status: "submitting", voiceOrderId: null }, "port_now", { reason: /has not confirmed/ }],
  ["a reservation not waiting cannot be answered", { type: "reserve", status: "in_progress", focDate: null }, "approve_backorder", { reason: /not waiting/, lumenCode: 20107 }],
  ["a port has no backorder", {}, "approve_backorder", { reason: "Only reservations can have a backorder to answer." }],
  // Not Lumen's 20107, which answers an order Lumen has: this one never reached it.
  ["a reservation that never reached Lumen has no backorder to answer", { type: "reserve", status: "failed", voiceOrderId: null, focDate: null }, "approve_backorder", { reason: /never reached Lumen/ }],
  ["a completed order is not checked with Lumen", { status: "completed" }, "check_with_lumen", { reason: /finished with this order/ }],
  ["a failed order is not checked with Lumen", { status: "failed", voiceOrderId: null }, "check_with_lumen", { reason: /never reached Lumen/ }],
  ["an install that never reached Lumen can be placed again", { ...failedInstall }, "place_again", true],
  ["a port that never reached Lumen and kept its whole request can be placed again", { ...failedInstall, type: "port" }, "place_again", true],
  ["a viewer cannot place an order again", { ...failedInstall, role: "viewer" }, "place_again", { reason: /^Viewers cannot place orders/ }],
  ["an order Lumen took is not placed again", { type: "install", status: "accepted", placeAgain: failedInstall.placeAgain }, "place_again", { reason: "Only an order that never reached Lumen can be placed again." }],
  ["an order Lumen refused is not placed again from its page", { ...failedInstall, status: "rejected" }, "place_again", { reason: /^Only an order that never reached Lumen/ }],
  ["a cancel that failed is not placed again", { ...failedInstall, type: "cancel" }, "place_again", { reason: /acts on another order/ }],
  [
    "an order placed again already is not placed again twice",
    { ...failedInstall, placeAgain: { ...failedInstall.placeAgain, placedAgainAs: "ord_new" } },
    "place_again",
    { reason: /placed again already/ },
  ],
  [
    "staff do not place again a reseller's order",
    { ...failedInstall, placeAgain: { ...failedInstall.placeAgain, ownSlice: false } },
    "place_again",
    { reason: /its own users can place it again/ },
  ],
  [
    "a port whose losing-carrier PIN was not kept is placed again from the wizard",
    { ...failedInstall, type: "port", placeAgain: { ...failedInstall.placeAgain, requestRedacted: true } },
    "place_again",
    { reason: /PIN is not kept with the order/ },
  ],
];

describe("orderActions", () => {
  it.each(CASES)("%s", (_name, facts, kind, expected) => {
    const action = orderActions({ ...inFlightPort, ...facts })[kind];
    expect(action.kind).toBe(kind);
    if (expected === true) {
      expect(action).toEqual({ kind, available: true });
      return;
    }
    expect(action.available).toBe(false);
    if (action.available) return;
    if (typeof expected.reason === "string") expect(action.reason).toBe(expected.reason);
    else expect(action.reason).toMatch(expected.reason);
    expect(action.lumenCode).toBe(expected.lumenCode);
  });

  it("states every action for every order", () => {
    const actions = orderActions(inFlightPort);
    expect(Object.keys(actions).sort()).toEqual(["approve_backorder", "cancel", "cancel_child", "check_with_lumen", "place_again", "port_now", "supplement"]);
  });

  it("tells which actions an order of a type can ever have, which the page alone lists as not possible now", () => {
    expect(everAppliesTo("port_now", "reserve")).toBe(false);
    expect(everAppliesTo("supplement", "install")).toBe(false);
    expect(everAppliesTo("approve_backorder", "port")).toBe(false);
    expect(everAppliesTo("port_now", "port")).toBe(true);
    expect(everAppliesTo("approve_backorder", "reserve")).toBe(true);
    expect(everAppliesTo("cancel", "install")).toBe(true);
    expect(everAppliesTo("place_again", "cancel")).toBe(false);
    expect(everAppliesTo("place_again", "disconnect")).toBe(true);
    // Placing again is listed as not possible only on an order that failed, where it could be.
    expect(listedWhenNotPossible("place_again", { type: "port", status: "failed" })).toBe(true);
    expect(listedWhenNotPossible("place_again", { type: "port", status: "accepted" })).toBe(false);
    expect(listedWhenNotPossible("cancel", { type: "port", status: "accepted" })).toBe(true);
    expect(listedWhenNotPossible("port_now", { type: "reserve", status: "accepted" })).toBe(false);
    // The table still answers for every action, so a crafted request hears the reason.
    expect(orderActions({ ...inFlightPort, type: "reserve" }).port_now).toMatchObject({ available: false, lumenCode: 20109 });
  });
});
