import { describe, expect, it } from "vitest";
import { readAuditFilters } from "./read-audit-filters";

// The audit page reads the address the way the server and the CSV route parse it.
describe("readAuditFilters", () => {
  it("reads every filter and keeps the page out of the CSV's address", () => {
    const filters = readAuditFilters({ actor: " ada@", action: "sign-in", target: "VO-1", address: "203.0.113.", from: "2026-03-01", to: "2026-03-02", page: "3" });
    expect(filters).toMatchObject({ valid: true, active: true });
    expect(filters.query).toMatchObject({ actor: "ada@", action: "sign-in", target: "VO-1", address: "203.0.113.", page: 3, pageSize: 50 });
    expect(filters.search).not.toContain("page=3");
    expect(new URLSearchParams(filters.exportSearch).get("action")).toBe("sign-in");
  });

  it("treats empty values as no filter", () => {
    expect(readAuditFilters({ actor: "", action: "  ", to: undefined })).toMatchObject({ valid: true, active: false, search: "", exportSearch: "" });
  });

  it("puts each refused filter's message on its own field and drops unreadable paging", () => {
    const filters = readAuditFilters({ action: "Sign in; DROP", address: "a b", from: "2026-02-30", page: "-1", pageSize: "9999" });
    expect(filters.valid).toBe(false);
    expect(filters.fieldErrors).toEqual({
      action: "Choose an action from the list.",
      address: "Enter an address such as 203.0.113.7, or the start of one.",
      from: "There is no such day.",
    });
    expect(readAuditFilters({ from: "2026-03-04", to: "2026-03-01" }).fieldErrors).toEqual({ to: "The end date is before the start date." });
    expect(readAuditFilters({ page: "x", pageSize: "0" })).toMatchObject({ valid: true, values: {} });
  });
});
