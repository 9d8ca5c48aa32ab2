import { describe, expect, test } from "vitest";
import { readOrderFilters } from "./read-order-filters";

// The orders page reads its filters from the address bar, where anything can be typed:
// what it cannot read becomes a message beside the field, never an error page.
describe("readOrderFilters", () => {
  test.each(["garbage", "2026-13-45", "2026-02-31", "26-11-2026"])("refuses %s as a start date with a message for the field", (day) => {
    const filters = readOrderFilters({ from: day });
    expect(filters.valid).toBe(false);
    expect(filters.fieldErrors.from).toMatch(/date like 2026-11-26|no such day/);
    expect(filters.values.from).toBe(day);
  });

  test("refuses an end date before the start date", () => {
    const filters = readOrderFilters({ from: "2026-11-20", to: "2026-11-19" });
    expect(filters.valid).toBe(false);
    expect(filters.fieldErrors.to).toBe("The end date is before the start date.");
  });

  test("reads real days, a type and a search", () => {
    const filters = readOrderFilters({ from: "2026-02-28", to: "2026-03-01", type: "install", q: " 3039740001 " });
    expect(filters.valid).toBe(true);
    expect(filters.query).toMatchObject({ from: "2026-02-28", to: "2026-03-01", type: "install", q: "3039740001", page: 1 });
  });

  test("reads 'placed by me' and refuses anyone else named in the URL", () => {
    expect(readOrderFilters({ submittedBy: "me" })).toMatchObject({ valid: true, active: true, query: { submittedBy: "me" } });
    const other = readOrderFilters({ submittedBy: "someone-else" });
    expect(other.valid).toBe(false);
    expect(other.fieldErrors.submittedBy).toBe("Choose Anyone or Me.");
  });

  test("hands the CSV export the filters without the paging", () => {
    const filters = readOrderFilters({ type: "install", q: "(303) 974-0001", page: "3", pageSize: "50", status: "" });
    expect(new URLSearchParams(filters.exportSearch)).toEqual(new URLSearchParams({ type: "install", q: "(303) 974-0001" }));
    expect(readOrderFilters({ page: "2" }).exportSearch).toBe("");
  });

  test("drops a sub-account filter from a reseller's address, where there is none to show or clear", () => {
    expect(readOrderFilters({ subAccount: "none" })).toMatchObject({ active: true, values: { subAccount: "none" } });
    const reseller = readOrderFilters({ subAccount: "none", type: "install" }, { bySubAccount: false });
    expect(reseller).toMatchObject({ valid: true, active: true, values: { type: "install" } });
    expect(reseller.values.subAccount).toBeUndefined();
    expect(readOrderFilters({ subAccount: "none" }, { bySubAccount: false }).active).toBe(false);
  });
});
