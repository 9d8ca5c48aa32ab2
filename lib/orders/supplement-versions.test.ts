import { describe, expect, it } from "vitest";
import { currentPortFacts, diffFacts, mergeSupplements, orderVersions, portFactsOf, supplementChanges, type PortFacts } from "./supplement-versions";

// A supplement is measured against what Lumen last took: the port as sent, then each
// supplement it did not refuse, in order. Only changed fields are sent; the versions list
// tells who changed what and when.

const address = { streetNumber: "9", streetName: "Larimer", city: "Denver", state: "CO", zip: "80202" };
const portRequest = {
  orderType: "LNP",
  productID: "2036",
  tnList: ["7205550142", "7205550143"],
  customerRequestDate: "2026-12-09T12:00:00Z",
  billingTelephoneNumber: "7205550142",
  subscriberLines: [{ customerType: "R", firstName: "Ada", lastName: "Byron", serviceAddress: address }],
  loaName: "Ada Byron",
  losingCarrierPin: "[redacted]",
  externalOrderID: "vp-1",
};
const alice = { name: "Alice Operator", email: "alice@example.test" };

describe("portFactsOf", () => {
  it("takes the request date and billing number from the port and the subscriber from its line", () => {
    expect(portFactsOf(portRequest)).toEqual({
      customerRequestDate: "2026-12-09T12:00:00Z",
      billingTelephoneNumber: "7205550142",
      customerType: "R",
      firstName: "Ada",
      lastName: "Byron",
      serviceAddress: address,
    });
  });

  it("reads a supplement as sent (voice order ID and all) down to what it changes", () => {
    expect(portFactsOf({ voiceOrderId: "VO1", customerRequestDate: "2026-12-11T12:00:00Z" })).toEqual({ customerRequestDate: "2026-12-11T12:00:00Z" });
  });

  it("treats blank text as not given", () => {
    expect(portFactsOf({ firstName: "  ", lastName: "Lovelace " })).toEqual({ lastName: "Lovelace" });
  });
});

describe("mergeSupplements", () => {
  it("applies supplements in order, the later one winning", () => {
    const merged = mergeSupplements(portFactsOf(portRequest), [{ customerRequestDate: "2026-12-10T12:00:00Z", lastName: "King" }, { customerRequestDate: "2026-12-11T12:00:00Z" }]);
    expect(merged).toMatchObject({ customerRequestDate: "2026-12-11T12:00:00Z", lastName: "King", firstName: "Ada" });
  });
});

describe("diffFacts and supplementChanges", () => {
  const current = portFactsOf(portRequest);
  const cases: Array<[string, PortFacts, Array<[string, string | null, string | null]>]> = [
    ["nothing changed sends nothing", { ...current }, []],
    ["a new date alone", { ...current, customerRequestDate: "2026-12-14T12:00:00Z" }, [["Requested date", "Wed 9 Dec 2026, 12:00 UTC", "Mon 14 Dec 2026, 12:00 UTC"]]],
    ["a new date from the picker (Lumen's midnight)", { ...current, customerRequestDate: "2026-12-14T00:00:00Z" }, [["Requested date", "Wed 9 Dec 2026, 12:00 UTC", "Mon 14 Dec 2026"]]],
    ["another billing number of the port", { ...current, billingTelephoneNumber: "7205550143" }, [["Billing telephone number", "(720) 555-0142", "(720) 555-0143"]]],
    [
      "a residence becoming a business",
      { ...current, customerType: "B", businessName: "Analytical Engines" },
      [
        ["Customer type", "Residential", "Business"],
        ["Business name", null, "Analytical Engines"],
      ],
    ],
    [
      "the same address with its keys in another order is no change",
      { ...current, serviceAddress: { zip: "80202", state: "CO", city: "Denver", streetName: "Larimer", streetNumber: "9" } },
      [],
    ],
    [
      "a new street number changes the whole address",
      { ...current, serviceAddress: { ...address, streetNumber: "11" } },
      [["Service address", "9 Larimer, Denver, CO 80202", "11 Larimer, Denver, CO 80202"]],
    ],
    ["a field left out is not a change", { customerRequestDate: current.customerRequestDate }, []],
  ];

  it.each(cases)("%s", (_name, wanted, expected) => {
    const diff = diffFacts(current, wanted);
    expect(diff.map((change) => [change.label, change.before, change.after])).toEqual(expected);
    const changes = supplementChanges(current, wanted);
    expect(Object.keys(changes).sort()).toEqual(diff.map((change) => change.field).sort());
    for (const change of diff) expect(changes[change.field]).toEqual(wanted[change.field]);
  });
});

describe("orderVersions", () => {
  const port = { id: "port", status: "in_progress", createdAt: new Date("2026-12-01T10:00:00Z"), request: portRequest, submittedBy: alice };
  const first = { id: "s1", status: "completed", createdAt: new Date("2026-12-02T10:00:00Z"), request: { voiceOrderId: "VO1", customerRequestDate: "2026-12-10T12:00:00Z" }, submittedBy: null };
  const refused = { id: "s2", status: "rejected", createdAt: new Date("2026-12-02T11:00:00Z"), request: { voiceOrderId: "VO1", lastName: "King" }, submittedBy: alice };
  const third = { id: "s3", status: "in_progress", createdAt: new Date("2026-12-03T10:00:00Z"), request: { voiceOrderId: "VO1", customerRequestDate: "2026-12-11T12:00:00Z", lastName: "King" }, submittedBy: alice };

  it("lists the port as version 1, then each supplement with what it changed against the version Lumen had", () => {
    const versions = orderVersions(port, [third, refused, first]);
    expect(versions.map((v) => [v.version, v.orderId, v.kind, v.status, v.tookEffect])).toEqual([
      [1, "port", "port", "in_progress", true],
      [2, "s1", "supplement", "completed", true],
      [3, "s2", "supplement", "rejected", false],
      [4, "s3", "supplement", "in_progress", true],
    ]);
    expect(versions[0]!.changes.map((c) => c.label)).toEqual(["Requested date", "Customer type", "Billing telephone number", "First name", "Last name", "Service address"]);
    expect(versions[0]!.by).toBe("Alice Operator");
    expect(versions[1]!.changes).toEqual([{ field: "customerRequestDate", label: "Requested date", before: "Wed 9 Dec 2026, 12:00 UTC", after: "Thu 10 Dec 2026, 12:00 UTC" }]);
    expect(versions[1]!.by).toBeNull();
    // The refused supplement changed nothing, so the next one still changes the last name from Byron.
    expect(versions[3]!.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Requested date", "Thu 10 Dec 2026, 12:00 UTC", "Fri 11 Dec 2026, 12:00 UTC"],
      ["Last name", "Byron", "King"],
    ]);
  });

  it("measures a new supplement against the port and every supplement not refused", () => {
    expect(currentPortFacts(port, [refused, first])).toMatchObject({ customerRequestDate: "2026-12-10T12:00:00Z", lastName: "Byron" });
  });
});
