import { describe, expect, it } from "vitest";
import { codedMessage } from "@/components/wizard/coded-message";
import { lumenMessage } from "@/lib/lumen/codes";
import { INSTALL_FORM_CASES, VALID_ELS_INSTALL, VALID_LI_INSTALL } from "./install-form-cases";
import { installIssues, makeInstallWizardSchema, planInstall } from "./install-wizard-schema";
import { readTnText, expandTnEntries, splitIntoRequests } from "./tn-text";

describe("the install form checks each field by the contract's rules", () => {
  it.each(INSTALL_FORM_CASES)("$name → $code on $field", ({ values, field, code }) => {
    expect(installIssues(values)[field]).toMatch(new RegExp(`^${escape(codedMessage(code, lumenMessage(code)))}`));
  });

  it("names the piece of text that is not a number", () => {
    expect(installIssues({ ...VALID_LI_INSTALL, tnText: "3039740001 303974000" }).tnText).toBe(`20025 · ${lumenMessage(20025)} (303974000)`);
    // Every bad piece is named at once.
    expect(installIssues({ ...VALID_LI_INSTALL, tnText: "303974000x, 12345, 6029740001" }).tnText).toBe(`20025 · ${lumenMessage(20025)} (303974000x, 12345)`);
  });

  it.each([
    ["Local Inbound", VALID_LI_INSTALL],
    ["Enhanced Local Service", VALID_ELS_INSTALL],
  ])("accepts a complete %s install", (_, values) => {
    expect(installIssues(values)).toEqual({});
  });

  it("sends only the fields that apply: no E911 or listing on Local Inbound", () => {
    const [request] = planInstall({ ...VALID_ELS_INSTALL, productID: "2036" }).requests;
    expect(request?.subscriberLines[0]).not.toHaveProperty("e911Option");
    expect(request?.subscriberLines[0]).not.toHaveProperty("directoryListing");
    expect(request?.subscriberLines[0]?.cnam).toEqual({ customerName: "LARIMER BAKERY", blockCustomerName: "N" });
  });

  it("asks a reseller's user for one of its customer service names", () => {
    const result = makeInstallWizardSchema({ serviceNameRequired: true }).safeParse(VALID_LI_INSTALL);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["customerServiceName"]);
  });
});

describe("numbers as typed or pasted", () => {
  it("reads 10-digit, E.164 and formatted numbers and ranges, once each", () => {
    const read = expandTnEntries(readTnText("3039740001, +13039740002\n(303) 974-0003; 3039740002 3039740004 – 3039740006\n3039740007-3039740008"));
    expect(read.invalid).toEqual([]);
    expect(read.numbers).toEqual(["3039740001", "3039740002", "3039740003", "3039740004", "3039740005", "3039740006", "3039740007", "3039740008"]);
  });

  it("refuses a range larger than one sitting", () => {
    expect(installIssues({ ...VALID_LI_INSTALL, tnText: "3032000000-3039999999" }).tnText).toMatch(/^At most 3,990 numbers/);
  });

  it("splits 900 numbers into requests of 399, 399 and 102 for the same subscriber", () => {
    const plan = planInstall({ ...VALID_LI_INSTALL, tnText: "3035550000-3035550899" });
    expect(plan.requests.map((request) => request.tnList.length)).toEqual([399, 399, 102]);
    expect(new Set(plan.requests.flatMap((request) => request.tnList)).size).toBe(900);
    expect(plan.requests.every((request) => request.subscriberLines[0] === plan.requests[0]?.subscriberLines[0])).toBe(true);
    expect(installIssues({ ...VALID_LI_INSTALL, tnText: "3035550000-3035550899" })).toEqual({});
    expect(splitIntoRequests(["1", "2", "3"], 2)).toEqual([["1", "2"], ["3"]]);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
