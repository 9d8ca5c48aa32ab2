import { describe, expect, it } from "vitest";
import { visibleNavGroups } from "./nav-items";

const labels = (...args: Parameters<typeof visibleNavGroups>) => visibleNavGroups(...args).flatMap((group) => group.items.map((item) => item.label));

// The sidebar offers only what the user's role opens: a link that leads to "not for your
// role" is a dead end. The pages check again on the server.
describe("the sidebar for each role", () => {
  it("offers the outbox and the audit trail to the partner's admins and owners only", () => {
    for (const role of ["admin", "owner"] as const) expect(labels(role, false)).toEqual(expect.arrayContaining(["Outbox", "Audit trail"]));
    for (const role of ["operator", "viewer"] as const) {
      expect(labels(role, false)).not.toContain("Outbox");
      expect(labels(role, false)).not.toContain("Audit trail");
      expect(labels(role, false)).toContain("Settings");
    }
  });

  it("keeps order forms from viewers and organization pages from a reseller's users", () => {
    expect(labels("viewer", false)).not.toContain("Reserve");
    expect(labels("operator", true)).toEqual(expect.arrayContaining(["Reserve", "Orders", "Numbers"]));
    for (const page of ["Settings", "People", "Sub-accounts", "Outbox", "Audit trail"]) expect(labels("admin", true)).not.toContain(page);
  });
});
