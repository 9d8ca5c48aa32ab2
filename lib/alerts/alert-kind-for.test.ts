import { describe, expect, it } from "vitest";
import type { AlertKind, OrderStatus } from "@/lib/db/generated/enums";
import { effectOf } from "@/lib/notifications/notification-effects";
import { alertKindFor } from "./alert-kind-for";

// One row per code that alerts, and the codes that never do: read from the same effects
// table ingestion uses, so a code whose meaning changes changes its alert too.

const FOC = new Date(Date.UTC(2026, 11, 3));
const rows: Array<[code: number, status: OrderStatus, focDate: Date | undefined, expected: AlertKind | null]> = [
  [10001, "awaiting_approval", undefined, "backorder_waiting"],
  [10001, "completed", undefined, null],
  [1648, "rejected", undefined, "rejection"],
  [1921, "rejected", undefined, "rejection"],
  [20217, "rejected", undefined, "rejection"],
  [20066, "in_progress", undefined, "rejection"],
  [20107, "completed", undefined, "rejection"],
  [903, "in_progress", FOC, "foc_scheduled"],
  [903, "in_progress", undefined, null],
  [904, "in_progress", FOC, "foc_scheduled"],
  [904, "in_progress", undefined, null],
  [10004, "cancelled", undefined, null],
  [10013, "cancelled", undefined, null],
  [901, "in_progress", undefined, null],
  [902, "completed", undefined, null],
  [1807, "accepted", undefined, null],
];

describe("which alert a notification calls for", () => {
  it.each(rows)("code %i with the order %s (FOC date %s) → %s", (code, orderStatus, focDate, expected) => {
    expect(alertKindFor(effectOf(code, false), { orderStatus, focDate })).toBe(expected);
  });

  it("sends an FOC alert for a change to the port only when the date moved", () => {
    const port = effectOf(904, false);
    expect(alertKindFor(port, { orderStatus: "in_progress", focDate: FOC, focDateBefore: new Date(FOC) })).toBeNull();
    expect(alertKindFor(port, { orderStatus: "in_progress", focDate: FOC, focDateBefore: new Date(Date.UTC(2026, 11, 1)) })).toBe("foc_scheduled");
    expect(alertKindFor(port, { orderStatus: "in_progress", focDate: FOC, focDateBefore: null })).toBe("foc_scheduled");
  });

  it("sends none for a code the guide does not list", () => {
    expect(alertKindFor(effectOf(99999, false), { orderStatus: "in_progress" })).toBeNull();
  });
});
