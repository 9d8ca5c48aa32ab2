import { describe, expect, it } from "vitest";
import { readNotificationFilters } from "./read-notification-filters";

// The filter bar reads the address the way the server parses it: a refused filter is a
// message on its own field, never an exception or a silently wrong list.
describe("readNotificationFilters", () => {
  it("reads every filter, normalizing a telephone number to ten digits", () => {
    const filters = readNotificationFilters({ code: "903", order: " VO-1 ", tn: "+1 (303) 555-0101", source: "poll", outcome: "applied", from: "2026-03-01", to: "2026-03-02", page: "2" });
    expect(filters.valid).toBe(true);
    expect(filters.active).toBe(true);
    expect(filters.query).toMatchObject({ code: 903, order: "VO-1", tn: "3035550101", source: "poll", outcome: "applied", page: 2, pageSize: 25 });
    expect(filters.search).not.toContain("page=2");
  });

  it("treats empty values as no filter", () => {
    const filters = readNotificationFilters({ code: "", tn: "  ", source: undefined });
    expect(filters).toMatchObject({ valid: true, active: false, search: "" });
  });

  it("puts each refused filter's message on its own field", () => {
    const filters = readNotificationFilters({ code: "9.5", tn: "555-0101", source: "email", outcome: "lost", from: "2026-02-30" });
    expect(filters.valid).toBe(false);
    expect(filters.fieldErrors).toEqual({
      code: "Enter a notification code, a whole number such as 903.",
      tn: "Enter a telephone number: 10 digits or E.164 (+1…).",
      source: "Choose webhook or poll.",
      outcome: "Choose an outcome from the list.",
      from: "There is no such day.",
    });
    expect(readNotificationFilters({ from: "2026-03-04", to: "2026-03-01" }).fieldErrors).toEqual({ to: "The end date is before the start date." });
  });

  it("falls back to the first page at the default size for paging it cannot read", () => {
    const filters = readNotificationFilters({ code: "901", page: "-3", pageSize: "5000" });
    expect(filters.valid).toBe(true);
    expect(filters.query).toMatchObject({ code: 901, page: 1, pageSize: 25 });
    expect(filters.values).toEqual({ code: "901" });
  });
});
