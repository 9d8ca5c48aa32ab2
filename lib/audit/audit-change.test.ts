import { describe, expect, it } from "vitest";
import { redactForAudit } from "./audit-change";
import { changesAsText, describeChanges } from "./describe-changes";

// What an entry may keep of a change, and how the page and the CSV word it.
describe("redactForAudit", () => {
  it.each<[string, unknown, unknown]>([
    ["a new secret value", { clientSecret: "s3cret" }, { clientSecret: "(changed)" }],
    ["a secret said to have changed", { webhookSecret: true }, { webhookSecret: "(changed)" }],
    ["a secret left empty", { clientId: "" }, { clientId: "(unchanged)" }],
    ["a secret said not to have changed", { clientSecret: false }, { clientSecret: "(unchanged)" }],
    ["a secret not given", { clientSecret: undefined }, { clientSecret: "(unchanged)" }],
    ["a marker already set", { clientSecret: "(unchanged)" }, { clientSecret: "(unchanged)" }],
    ["a field named like a credential but not listed", { portPin: "1234", apiToken: "t" }, { portPin: "(changed)", apiToken: "(changed)" }],
    ["a secret deep inside", { request: { lines: [{ password: "p", name: "x" }] } }, { request: { lines: [{ password: "(changed)", name: "x" }] } }],
    ["plain fields, a date and an undefined one", { name: "A", at: new Date("2026-03-02T15:00:00Z"), gone: undefined, n: 3, on: true, none: null }, { name: "A", at: "2026-03-02T15:00:00.000Z", n: 3, on: true, none: null }],
  ])("keeps %s in `after` only as whether it changed", (_, value, stored) => {
    expect(redactForAudit(value, "after")).toEqual(stored);
  });

  it("drops every secret from `before`, old values are nobody's business", () => {
    expect(redactForAudit({ name: "A", clientSecret: "old", nested: { webhookSecret: "old" } }, "before")).toEqual({ name: "A", nested: {} });
  });
});

describe("describeChanges", () => {
  it("shows only what differs, a secret only as changed, in the order the entry names them", () => {
    const before = { name: "Old", environment: "sandbox", notificationPollSeconds: 60 };
    const after = { name: "New", environment: "sandbox", notificationPollSeconds: 60, clientId: "(unchanged)", clientSecret: "(changed)" };
    const changes = describeChanges(before, after);
    expect(changes).toEqual([
      { field: "name", label: "Name", before: "Old", after: "New", secret: false },
      { field: "clientSecret", label: "Client secret", after: "changed", secret: true },
    ]);
    expect(changesAsText(changes)).toBe("Name: Old → New; Client secret: changed");
  });

  it("shows every field of something created, in words", () => {
    const changes = describeChanges(null, { name: "Reseller", customerServiceNames: ["A", "B"], rejection: true, webhookAuthMode: "oauth" });
    expect(changesAsText(changes)).toBe("Name: Reseller; Customer service names: A, B; Alert: Order rejected: on; Webhook sign-in: oauth");
  });

  it("shows nothing for a save that changed nothing, and names a field it does not know by its key", () => {
    expect(describeChanges({ name: "Same" }, { name: "Same" })).toEqual([]);
    expect(changesAsText(describeChanges({ colour: "in_progress" }, { colour: null }))).toBe("colour: in progress → none");
    expect(changesAsText(describeChanges(null, { email: "first_last@test.example", name: "Sub_Account_1" }))).toBe("E-mail: first_last@test.example; Name: Sub_Account_1");
  });
});
