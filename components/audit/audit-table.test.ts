import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { describeChanges } from "@/lib/audit/describe-changes";
import type { AuditEntryRow } from "@/lib/audit/list-audit-entries";
import { AuditTable } from "./audit-table";

// The table as the server renders it: an order target links to the order, a credential
// shows only that it changed, and a change reads as before → after for a screen reader too.
const base = { createdAt: new Date("2026-03-02T15:00:00Z"), actor: { name: "Ada Admin", email: "ada@test.example" }, ipAddress: "203.0.113.7" };
const entries: AuditEntryRow[] = [
  {
    ...base,
    id: "e1",
    action: "order.submit_install",
    actionLabel: "Placed an order: Install",
    target: { kind: "order", id: "ord_1", label: "VO-123", orderType: "install" },
    changes: describeChanges(null, { product: "2036", telephoneNumbers: 3 }),
  },
  {
    ...base,
    id: "e2",
    action: "organization.settings_update",
    actionLabel: "Changed the Lumen connection settings",
    target: { kind: "organization", id: "org_1", label: "Prairie" },
    changes: describeChanges({ name: "Old" }, { name: "New", clientSecret: "(changed)", clientId: "(unchanged)" }),
  },
  { ...base, id: "e3", action: "auth.sign_in", actionLabel: "Signed in", actor: null, target: null, changes: [], ipAddress: null },
];

describe("AuditTable", () => {
  const html = renderToStaticMarkup(createElement(AuditTable, { org: "prairie", entries }));

  it("links an order to its page and the organization to its settings", () => {
    expect(html).toContain('href="/prairie/orders/ord_1"');
    expect(html).toContain('href="/prairie/settings"');
    expect(html).toContain("VO-123");
  });

  it("shows a credential only as changed and a field as before → after", () => {
    expect(html).toContain("Client secret:</span> <span");
    expect(html).not.toContain("Client ID");
    expect(html).toMatch(/Old<\/span><span aria-hidden="true"> → <\/span><span class="sr-only"> changed to <\/span><span[^>]*>New/);
  });

  it("has a header cell for each column and says who acted", () => {
    expect([...html.matchAll(/<th scope="col"/g)]).toHaveLength(6);
    expect(html).toContain("ada@test.example");
    expect(html).toContain("Unknown");
  });
});
