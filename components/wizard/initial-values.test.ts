import { describe, expect, it } from "vitest";
import { initialChangeValues } from "@/components/change/change-wizard-schema";
import { initialInstallValues } from "@/components/install/install-wizard-schema";
import { onlyServiceName } from "@/components/install/service-step";
import { initialPortValues } from "@/components/port-in/port-wizard-schema";
import { initialReserveValues } from "@/components/reserve/reserve-wizard-schema";

// What each order wizard starts with, when it opens and again after "… more": the
// organization's default product from Settings, or no product when it has none.

describe("a fresh order wizard", () => {
  it("starts with the organization's default product chosen", () => {
    expect(initialReserveValues("2042").productID).toBe("2042");
    expect(initialInstallValues([], "2042").productID).toBe("2042");
    expect(initialPortValues("2036").productID).toBe("2036");
    expect(initialChangeValues([], "2036").productID).toBe("2036");
  });

  it("asks for the product when the organization has no default", () => {
    for (const values of [initialReserveValues(null), initialInstallValues([], null), initialPortValues(null), initialChangeValues([], null)]) {
      expect(values.productID).toBe("");
    }
  });

  it("starts a reseller's user with a single customer service name on it, and anyone else on none", () => {
    const single = onlyServiceName({ names: ["ACME-VOICE"], required: true });
    expect(initialInstallValues([], null, single).customerServiceName).toBe("ACME-VOICE");
    expect(initialPortValues(null, single).customerServiceName).toBe("ACME-VOICE");
    expect(onlyServiceName({ names: ["ACME-VOICE", "ACME-BACKUP"], required: true })).toBe("");
    // Staff may leave the name out: nothing is chosen for them.
    expect(onlyServiceName({ names: ["ACME-MAIN"], required: false })).toBe("");
  });

  it("carries the numbers handed over from a numbers page, one per line", () => {
    expect(initialInstallValues(["3039740001", "3039740002"], "2036")).toMatchObject({ tnText: "3039740001\n3039740002", productID: "2036" });
    expect(initialChangeValues(["3039740101"]).tnText).toBe("3039740101");
  });
});
