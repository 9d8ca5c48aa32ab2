import { describe, expect, it } from "vitest";
import { countTnEntry, expandTnEntry, toTenDigitTn } from "./telephone-numbers";

describe("telephone numbers", () => {
  it.each([
    ["3035551234", "3035551234"],
    ["+13035551234", "3035551234"],
    ["13035551234", "3035551234"],
    [13035551234, "3035551234"],
    ["1035551234", null], // NPA cannot start with 1
    ["3031551234", null], // NXX cannot start with 1
    ["303555123", null],
    ["+443035551234", null],
    ["303-555-1234", null],
  ])("toTenDigitTn(%s) is %s", (input, expected) => {
    expect(toTenDigitTn(input)).toBe(expected);
  });

  it("expands and counts ranges, the guide's numeric example included", () => {
    const range = { startTN: 18008719244, endTN: 18008719254 };
    expect(countTnEntry(range)).toBe(11);
    expect(expandTnEntry(range)?.at(-1)).toBe("8008719254");
    expect(expandTnEntry({ startTN: "3035551235", endTN: "3035551234" })).toBeNull();
    expect(countTnEntry("3035551234")).toBe(1);
  });
});
